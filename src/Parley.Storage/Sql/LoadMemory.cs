namespace Parley.Storage.Sql;

/// <summary>
/// What a bulk load into an empty store (<see cref="SqlEventStore.IngestAllAsync"/>) remembers of its own
/// batches, so that the next batch need not ask the database: which document ids it stored, and the merged
/// events of recent days by (day, merge key). Each batch otherwise read both back (stored documents by id,
/// merge candidates by day and key), and the answers only ever held what the load itself had written.
/// It answers as the database would only while nothing else writes to the store: every batch reads
/// store_version inside its transaction (under the writer lock) and compares it with the number the load's
/// own batches left; any other writer's batch raises it, and from then on this memory is not used. A batch
/// that replaces documents may delete merged events (their mentions gone): merge candidates are then no
/// longer remembered either, nor the stories (a replaced document's row is stored anew). The stories of the
/// last weeks let the thread that prepares the next batch link its stories while this one is written
/// (<see cref="SqlEventStore.PlanStories"/>). It also knows which stats_months rows the load created, so that a new row is
/// appended instead of upserted (on PostgreSQL an upsert costs several times a COPY, and four in five rollup
/// rows a bulk load writes are new).
/// </summary>
sealed class LoadMemory(long version, bool noStats)
{
    /// <summary>Days of merge candidates kept behind the latest merge day seen: news arrives in date order, older
    /// days are read from the database as before (an event dated years before its article).</summary>
    internal const int MergeDays = 60;

    /// <summary>The load's batches so far.</summary>
    public int Batches { get; set; }

    /// <summary>The store_version the load's last batch left, or null once another writer was seen.</summary>
    long? version = version;

    /// <summary>64-bit hashes of the ids of the documents the load stored. A batch document whose hash is not here
    /// is not stored; one whose hash is here (stored, or a collision) is looked up.</summary>
    readonly HashSet<long> documents = [];

    /// <summary>Merged events by (day, merge key), for every day from <see cref="mergeFloor"/> on: complete there.</summary>
    readonly Dictionary<(int Day, string Key), Remembered> merged = [];

    /// <summary>
    /// The merged events of one (day, merge key): nearly always one, kept in place; a list only for the others (a list for
    /// each was 90 MiB of a 1 M-event load's allocations).
    /// </summary>
    struct Remembered
    {
        public (long Id, string? Country) First;
        public List<(long Id, string? Country)>? More;
    }

    /// <summary>The keys stored per day, to forget days that fall behind the window.</summary>
    readonly SortedDictionary<int, List<string>> mergedDays = [];

    /// <summary>Merge candidates on this day or later are all in <see cref="merged"/>; earlier ones are read from the database.</summary>
    int mergeFloor = int.MinValue;

    bool mergeUsable = true;

    /// <summary>The documents the load stored, by publication day (in the order stored), from <see cref="storyFloor"/> on, and the undated ones.</summary>
    readonly SortedDictionary<int, List<(string Id, uint[] Signature, string? DuplicateOf, long[] Keys)>> stories = [];
    readonly List<(string Id, uint[] Signature, string? DuplicateOf, long[] Keys)> undatedStories = [];
    int storyFloor = int.MinValue;
    volatile bool storiesUsable = true;

    /// <summary>64-bit hashes of the stats_months keys the load wrote: a key not here is not in the table.</summary>
    readonly HashSet<long> statsRows = [];

    /// <summary>Whether the memory may answer for the store (no other writer seen).</summary>
    public bool Usable => version is not null;

    /// <summary>Whether merge candidates may be taken from memory (usable, and no document replaced).</summary>
    public bool MergeUsable => Usable && mergeUsable;

    /// <summary>Compares the store's version, read inside the batch's transaction, with the one the load left.</summary>
    public void Check(long stored)
    {
        if (version == stored) return;
        version = null;
        storiesUsable = false;
    }

    /// <summary>The batch being written raised store_version (it added or replaced documents).</summary>
    public void Raised()
    {
        if (version is { } v) version = v + 1;
    }

    public static long IdHash(string id) => (long)Hash(14695981039346656037UL, id);

    static ulong Hash(ulong h, string text)
    {
        foreach (var c in text) h = (h ^ c) * 1099511628211UL;
        return (h ^ 0xFFFF) * 1099511628211UL;
    }

    /// <summary>
    /// Whether the stats_months row of this key is certainly not in the table, so that it can be appended; it is
    /// counted as written from now on. False for a row the load wrote before (or whose key's hash collides with one).
    /// </summary>
    public bool NewStatsRow((string Group, long Month, string Key, string Key2) row) =>
        Usable && noStats && statsRows.Add((long)(Hash(Hash(Hash(14695981039346656037UL, row.Group), row.Key), row.Key2) ^ (ulong)row.Month * 0x9E3779B97F4A7C15UL));

    /// <summary>Whether the document may be stored (its id's hash was seen); false means certainly not stored.</summary>
    public bool MayHold(string id) => documents.Contains(IdHash(id));

    public void Stored(string id) => documents.Add(IdHash(id));

    /// <summary>
    /// Documents were replaced: merged events may have been deleted and the replaced documents are stored anew, so merge
    /// candidates and stories come from the database from now on.
    /// </summary>
    public void Replaced()
    {
        mergeUsable = false;
        storiesUsable = false;
        merged.Clear();
        mergedDays.Clear();
    }

    /// <summary>Whether every stored document published on <paramref name="day"/> or later is in memory (and every undated one).</summary>
    public bool CoversStories(int day) => storiesUsable && day >= storyFloor;

    /// <summary>The batch's documents as stored, with their links, for the next batch's <see cref="SqlEventStore.PlanStories"/>.</summary>
    public void Linked(List<PreparedDocument> docs, StoryLink[] links)
    {
        if (!storiesUsable) return;
        var earliest = int.MaxValue;
        for (var i = 0; i < docs.Count; i++)
        {
            var entry = (docs[i].Doc.Article.Id, links[i].Signature, links[i].DuplicateOf, docs[i].BandKeys);
            if (docs[i].Doc.Article.Date is not { } date) { undatedStories.Add(entry); continue; }
            var day = date.DayNumber;
            earliest = Math.Min(earliest, day);
            if (day < storyFloor) continue;
            if (!stories.TryGetValue(day, out var list)) stories[day] = list = [];
            list.Add(entry);
        }
        // Kept: the story window before the batch's earliest article, and as many days again as merge candidates.
        if (earliest == int.MaxValue) return;
        var floor = earliest - SqlEventStore.StoryWindowDays - MergeDays;
        if (floor <= storyFloor) return;
        storyFloor = floor;
        while (stories.Count > 0 && stories.Keys.First() is var first && first < floor) stories.Remove(first);
    }

    /// <summary>The remembered documents published in <paramref name="ranges"/> (ascending, apart), by day and as stored, then the undated ones.</summary>
    public IEnumerable<(int? Day, string Id, uint[] Signature, string? DuplicateOf, long[] Keys)> StoryCandidates(IEnumerable<(long Lo, long Hi)> ranges)
    {
        using var days = stories.GetEnumerator();
        var more = days.MoveNext();
        foreach (var (lo, hi) in ranges)
        {
            while (more && days.Current.Key < lo) more = days.MoveNext();
            while (more && days.Current.Key <= hi)
            {
                foreach (var (id, signature, duplicateOf, keys) in days.Current.Value) yield return (days.Current.Key, id, signature, duplicateOf, keys);
                more = days.MoveNext();
            }
        }
        foreach (var (id, signature, duplicateOf, keys) in undatedStories) yield return (null, id, signature, duplicateOf, keys);
    }

    /// <summary>Whether candidates on <paramref name="day"/> are all in memory.</summary>
    public bool Covers(long day) => MergeUsable && day >= mergeFloor;

    /// <summary>
    /// Whether merged events on <paramref name="day"/> with <paramref name="key"/> are remembered: the first created, and
    /// the others in the order created (or null).
    /// </summary>
    public bool Candidates(int day, string key, out (long Id, string? Country) first, out List<(long Id, string? Country)>? more)
    {
        var found = merged.TryGetValue((day, key), out var remembered);
        (first, more) = (remembered.First, remembered.More);
        return found;
    }

    /// <summary>A merged event this batch created.</summary>
    public void Created(int day, string key, long id, string? country)
    {
        if (!MergeUsable || day < mergeFloor) return;
        ref var remembered = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(merged, (day, key), out var exists);
        if (exists)
        {
            (remembered.More ??= []).Add((id, country));
            return;
        }
        remembered.First = (id, country);
        if (!mergedDays.TryGetValue(day, out var keys)) mergedDays[day] = keys = [];
        keys.Add(key);
    }

    /// <summary>
    /// Forgets the days more than <see cref="MergeDays"/> before <paramref name="earliest"/>, the earliest publication
    /// day of the batch (not of its events: one event dated years ahead by mistake would empty the window; and a
    /// batch of 10,000 documents spans weeks of news).
    /// </summary>
    public void Trim(int earliest)
    {
        var floor = earliest - MergeDays;
        if (floor <= mergeFloor) return;
        mergeFloor = floor;
        while (mergedDays.Count > 0 && mergedDays.Keys.First() is var day && day < floor)
        {
            foreach (var key in mergedDays[day]) merged.Remove((day, key));
            mergedDays.Remove(day);
        }
    }
}
