using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// "Two suicide bombers target the Iranian embassy in the Lebanese capital Beirut", "A suicide bomber detonates a bomb outside
/// the French embassy in Nouakchott, Mauritania": a state's premises or convoy attacked on another state's soil are an
/// attack on both states (the labelling convention: both codes as recipients), unless the host state is itself the
/// attacker. People of one state killed abroad are an attack on their state alone ("British aid workers killed in Syria": GBR).
/// </summary>
public sealed class ForeignSoil(KnowledgeBase knowledge, WordLists words) : ICodingPass
{
    public string Name => "foreign-soil";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events)
            if (e.Category == PloverCategory.Assault && e.Location?.Place.Country is { } host && knowledge.State(host) is { } state
                && e.Recipient.Count > 0 && !e.Actor.Any(a => a.Entity.Country == host))
                AddOtherState(s, e, host, state);
    }

    void AddOtherState(SentenceCoding s, CodedEvent e, string host, Entity hostState)
    {
        if (e.Recipient.Any(r => r.Entity.Org is not null || r.Entity.Country is null)) return;
        var countries = e.Recipient.Select(r => r.Entity.Country!).Distinct().ToList();
        if (countries.Count != 1 || knowledge.State(countries[0]) is null) return;
        var premises = OwnedPremises(s).ToList();
        if (countries[0] != host)
        {
            // The owner's premises attacked abroad: the host state too. (The recipient's own words are read as well: "bombed its
            // embassy in the Yemeni capital" names the embassy through a pronoun, no state's mention.)
            if (!e.Recipient.Any(r => r.Text.Split(' ').Any(w => words.PremisesNouns.Contains(w.ToLowerInvariant())))
                && !premises.Any(m => m.Entity.Country == countries[0]))
                return;
            e.Recipient.Add(new EventEntity(e.Location!.Text, hostState));
            e.Reasons.Add($"recipient {host}: premises of {countries[0]} attacked on {host}'s soil ('{e.Location.Text}')");
            return;
        }
        // The host state as the target, from the place: the premises' owner the sentence names too.
        // (In the act's own clause, after its words across nothing but its object and a preposition of place: "A Russian army
        // base ... targeted" is the attacker, "rockets aimed at a US military base hit a nearby village" another clause's aim,
        // "airstrikes on Damascus, Syria, the first since the attack on the Iranian consulate" and "in retaliation for the strike
        // on its consulate" an earlier act.)
        if (e.Clause is not { } clause) return;
        var d = s.Document;
        var acted = premises.Where(m => m.First > e.Match.Last && m.End <= clause.Limit && Reaches(d, e.Match.Last + 1, m.First)
                                        && m.Entity.Country != host && knowledge.State(m.Entity.Country!) is not null
                                        && !e.Actor.Any(a => a.Entity.Country == m.Entity.Country))
                            .ToList();
        if (acted.Select(m => m.Entity.Country).Distinct().Count() != 1) return;
        var owner = acted[0];
        var text = d.TextOf(owner.First, owner.End - 1).ToString();
        e.Recipient.Add(new EventEntity(text, knowledge.State(owner.Entity.Country!)!));
        e.Reasons.Add($"recipient {owner.Entity.Country}: '{text}' owns the premises attacked on {host}'s soil");
    }

    /// <summary>
    /// The sentence's mentions of a state that own premises or are them: "the French embassy", "the Kuwait information
    /// office", "a United States Navy facility", "the embassy of the United Arab Emirates".
    /// </summary>
    IEnumerable<ActorMention> OwnedPremises(SentenceCoding s)
    {
        var d = s.Document;
        foreach (var m in d.ActorsOf(s.Sentence))
        {
            if (m.Entity.Country is null || m.Entity.Org is not null) continue;
            var t = m.End;
            while (t < s.Sentence.EndToken && t < m.End + 3 && !Premises(d, t) && d.TagOf(t) is PosTag.NN or PosTag.NNP or PosTag.JJ) t++;
            var inside = Enumerable.Range(m.First, m.End - m.First).Any(k => Premises(d, k));
            var after = inside || t < s.Sentence.EndToken && Premises(d, t);
            var before = m.First - 2 >= s.Sentence.FirstToken && d.LowerOf(m.First - 1) == "of" && Premises(d, m.First - 2)
                         || m.First - 3 >= s.Sentence.FirstToken && d.LowerOf(m.First - 2) == "of" && d.TagOf(m.First - 1) == PosTag.DT && Premises(d, m.First - 3);
            if (after || before) yield return m;
        }
    }

    bool Premises(Document d, int t) => words.PremisesNouns.Contains(d.LowerOf(t));

    /// <summary>
    /// Whether the words from <paramref name="from"/> up to <paramref name="to"/> are only a noun phrase and prepositions of
    /// place ("a bomb outside the").
    /// </summary>
    bool Reaches(Document d, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var tag = d.TagOf(t);
            if (tag is PosTag.DT or PosTag.CD || tag.IsNoun() || tag.IsAdjective()) continue;
            if (tag == PosTag.IN && words.LocativePrepositions.Contains(d.LowerOf(t))) continue;
            return false;
        }
        return true;
    }
}
