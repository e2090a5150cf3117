using Parley.Model;

namespace Parley.Evaluation;

/// <summary>Why a coded asserted event matched no gold asserted event.</summary>
public enum FalsePositiveCause
{
    /// <summary>The sentence reports no event at all.</summary>
    NoEventInSentence,
    /// <summary>The sentence reports an event of that category, but not as having happened (future, hypothetical, negated, historical).</summary>
    StatusWrong,
    /// <summary>The sentence reports an asserted event the coder gave another category.</summary>
    CategoryWrong,
    /// <summary>The sentence's events were all matched already: a second event for one act.</summary>
    Extra,
}

/// <summary>Why a gold asserted event was missed.</summary>
public enum FalseNegativeCause { CodedWithOtherStatus, CodedAsOtherCategory, NotCoded }

/// <summary>One coded event set against the gold of its sentence, for the error listing.</summary>
public sealed record RealError(RealUnit Unit, int Sentence, string What);

/// <summary>The scores of one run over the real-text set.</summary>
public sealed class RealReport
{
    public Dictionary<string, CategoryCounts> BySource { get; } = [];
    public CategoryCounts Overall { get; } = new();

    /// <summary>Matches that also need the same actor and recipient codes.</summary>
    public CategoryCounts Strict { get; } = new();
    public Dictionary<PloverCategory, CategoryCounts> ByCategory { get; } = Enum.GetValues<PloverCategory>().ToDictionary(c => c, _ => new CategoryCounts());
    public Dictionary<FalsePositiveCause, int> FalsePositives { get; } = Enum.GetValues<FalsePositiveCause>().ToDictionary(c => c, _ => 0);
    public Dictionary<FalseNegativeCause, int> FalseNegatives { get; } = Enum.GetValues<FalseNegativeCause>().ToDictionary(c => c, _ => 0);
    public int Units { get; set; }
    public int Sentences { get; set; }
    public int Matched { get; set; }
    public int ActorCorrect { get; set; }
    public int RecipientCorrect { get; set; }
    public List<RealError> Errors { get; } = [];

    /// <summary>Coded asserted events on whole articles, and how many of them fall on sentences that report no event.</summary>
    public int ArticleEvents { get; set; }
    public int ArticleEventsOnEmptySentences { get; set; }

    public double ActorAccuracy => Matched == 0 ? 0 : (double)ActorCorrect / Matched;
    public double RecipientAccuracy => Matched == 0 ? 0 : (double)RecipientCorrect / Matched;
    public double EmptySentenceShare => ArticleEvents == 0 ? 0 : (double)ArticleEventsOnEmptySentences / ArticleEvents;
}

/// <summary>
/// Scores the coder on the real-text set. Precision is over every asserted event the coder writes, recall
/// over every asserted gold event; an event matches a gold event of the same sentence whose category or one
/// of its alternatives it has. Strict matching also needs the same sets of actor and recipient codes, read by the
/// labelling conventions (<see cref="LabelCode"/>). Coded events are placed in the gold sentence that holds their first character.
/// </summary>
public static class RealScorer
{
    public static RealReport Score(IEnumerable<RealUnit> units, Func<RealUnit, IReadOnlyList<PloverEvent>> code)
    {
        var report = new RealReport();
        foreach (var unit in units)
        {
            report.Units++;
            report.Sentences += unit.Sentences.Count;
            var predicted = code(unit).Select(p => (Event: p, Sentence: unit.SentenceAt(p.SpanStart))).ToList();
            if (!report.BySource.TryGetValue(unit.Source, out var source)) report.BySource[unit.Source] = source = new CategoryCounts();
            for (var s = 0; s < unit.Sentences.Count; s++)
                ScoreSentence(report, source, unit, s, unit.Events.Where(g => g.Sentence == s).ToList(),
                    predicted.Where(p => p.Sentence == s).Select(p => p.Event).ToList());
        }
        return report;
    }

    static void ScoreSentence(RealReport report, CategoryCounts source, RealUnit unit, int s, List<RealEvent> gold, List<PloverEvent> predicted)
    {
        var goldAsserted = gold.Where(g => g.Status == EventStatus.Asserted).ToList();
        var coded = predicted.Where(p => p.Status == EventStatus.Asserted).ToList();
        if (unit.Source == "guardian")
        {
            report.ArticleEvents += coded.Count;
            if (gold.Count == 0) report.ArticleEventsOnEmptySentences += coded.Count;
        }
        var (pairs, missed, extra) = Match(goldAsserted, coded, strict: false);
        foreach (var (g, p) in pairs)
        {
            Count(report, source, g.Category, tp: 1);
            report.Matched++;
            var actorOk = g.Actor.SetEquals(Codes(p.Actor));
            var recipientOk = g.Recipient.SetEquals(Codes(p.Recipient));
            if (actorOk) report.ActorCorrect++;
            if (recipientOk) report.RecipientCorrect++;
            if (!actorOk || !recipientOk)
                report.Errors.Add(new RealError(unit, s, $"{p.Category.Name()} parties [{string.Join(",", g.Actor)}]→[{string.Join(",", g.Recipient)}] coded [{string.Join(",", Codes(p.Actor))}]→[{string.Join(",", Codes(p.Recipient))}]"));
        }
        foreach (var g in missed)
        {
            Count(report, source, g.Category, fn: 1);
            var cause = predicted.Any(p => g.Allows(p.Category) && p.Status != EventStatus.Asserted) ? FalseNegativeCause.CodedWithOtherStatus
                : extra.Count > 0 ? FalseNegativeCause.CodedAsOtherCategory : FalseNegativeCause.NotCoded;
            report.FalseNegatives[cause]++;
            report.Errors.Add(new RealError(unit, s, $"missed {g.Category.Name()} {g.Status.Name()} '{g.Words}' ({cause})"));
        }
        foreach (var p in extra)
        {
            Count(report, source, p.Category, fp: 1);
            var cause = gold.Count == 0 ? FalsePositiveCause.NoEventInSentence
                : gold.Any(g => g.Allows(p.Category) && g.Status != EventStatus.Asserted) ? FalsePositiveCause.StatusWrong
                : missed.Count > 0 ? FalsePositiveCause.CategoryWrong : FalsePositiveCause.Extra;
            report.FalsePositives[cause]++;
            report.Errors.Add(new RealError(unit, s, $"extra {p.Category.Name()} '{p.EventText}' ({cause})"));
        }
        var (strictPairs, strictMissed, strictExtra) = Match(goldAsserted, coded, strict: true);
        report.Strict.TruePositives += strictPairs.Count;
        report.Strict.FalseNegatives += strictMissed.Count;
        report.Strict.FalsePositives += strictExtra.Count;
    }

    static void Count(RealReport report, CategoryCounts source, PloverCategory category, int tp = 0, int fp = 0, int fn = 0)
    {
        foreach (var counts in new[] { report.Overall, source, report.ByCategory[category] })
        {
            counts.TruePositives += tp;
            counts.FalsePositives += fp;
            counts.FalseNegatives += fn;
        }
    }

    /// <summary>Pairs gold and coded events of one sentence, closest parties first; then what is left of each.</summary>
    static (List<(RealEvent Gold, PloverEvent Coded)> Pairs, List<RealEvent> Missed, List<PloverEvent> Extra) Match(List<RealEvent> gold, List<PloverEvent> coded, bool strict)
    {
        var pairs = new List<(RealEvent, PloverEvent)>();
        var left = new List<PloverEvent>(coded);
        var missed = new List<RealEvent>();
        foreach (var g in gold)
        {
            var best = left.Where(p => g.Allows(p.Category) && (!strict || g.Actor.SetEquals(Codes(p.Actor)) && g.Recipient.SetEquals(Codes(p.Recipient))))
                           .OrderByDescending(p => (p.Category == g.Category ? 10 : 0) + g.Actor.Count(Codes(p.Actor).Contains) + g.Recipient.Count(Codes(p.Recipient).Contains))
                           .FirstOrDefault();
            if (best is null) { missed.Add(g); continue; }
            left.Remove(best);
            pairs.Add((g, best));
        }
        return (pairs, missed, left);
    }

    static HashSet<string> Codes(IReadOnlyList<EventEntity> entities) =>
        entities.Select(e => LabelCode(e.Entity)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The organisations the labels write by their own code (eval/README.md, "Entity codes").</summary>
    static readonly HashSet<string> LabelledOrganisations = new(StringComparer.OrdinalIgnoreCase)
    {
        "UN", "NATO", "EU", "AU", "ASEAN", "IAEA", "ICC", "ICJ", "WHO", "IMF", "WTO", "OPEC", "ICRC", "HRW", "Amnesty", "MSF",
        "Hamas", "Hezbollah", "Taliban", "ISIS", "al-Qaeda", "al-Shabaab", "Boko Haram", "Houthis", "PKK", "SDF", "HTS", "Wagner", "RSF",
    };

    /// <summary>
    /// A coded entity read by the labelling conventions (eval/README.md, "Entity codes" and the adjudication decisions):
    /// Parley writes every group's own code (YPG, FARC, AQAP, OPCW), the labels only those of the listed organisations.
    /// So an affiliate of al-Qaeda or the Islamic State is its parent, any other group its state (the YPG is SYR, FARC
    /// COL; an international body not listed, the OPCW, none). (Hong Kong and Macau are China as the coder writes them:
    /// a territory's party is its sovereign, data/knowledge/sovereigns.tsv.)
    /// </summary>
    public static string? LabelCode(Entity e)
    {
        if (e.Org is { } org)
        {
            if (LabelledOrganisations.Contains(org)) return org;
            if (org.Equals("Amnesty International", StringComparison.OrdinalIgnoreCase)) return "Amnesty";
            if (e.Name.Contains("al-Qaeda", StringComparison.OrdinalIgnoreCase) || e.Name.Contains("al-Qaida", StringComparison.OrdinalIgnoreCase)) return "al-Qaeda";
            if (e.Name.StartsWith("Islamic State", StringComparison.OrdinalIgnoreCase)) return "ISIS";
        }
        return e.Country;
    }
}
