using Parley.Knowledge;
using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "annexed Crimea", "shelled Kharkiv", "Aleppo was bombed", "missiles hit Kharkiv": a place attacked, seized, besieged, left or visited
/// ("visited Darfur") stands for the state it belongs to, or for the armed group of no state the sentence names as holding it ("seize
/// control of Hajin, the last major town held by ISIL"). A place captured is territory seized, not people taken ("captured
/// Bakhmut": COERCE seize).
/// </summary>
public sealed class PlacesActedOn(KnowledgeBase knowledge) : ICodingPass
{
    public string Name => "places-acted-on";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events) AimAtPlace(s, e);
    }

    void AimAtPlace(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var visit = e.Category == PloverCategory.Consult && e.Mode == PloverMode.Visit;
        var actedOn = visit || e.Category is PloverCategory.Assault or PloverCategory.Coerce or PloverCategory.Retreat;
        if (e.Recipient.Count > 0 || !actedOn || e.Clause is not { } c || e.Category == PloverCategory.Retreat && e.Mode is not (PloverMode.Withdraw or null))
            return;
        // ("Raqqa fell to Kurdish forces": a verb whose subject undergoes it, slot `subj`; "Russian missiles hit Kharkiv":
        // a weapon, the subject, strikes the object.)
        var weapon = s.Syntax.WeaponActing(e);
        if (c.Head != e.Match.Anchor && weapon is null) return;
        var patient = weapon is not null ? weapon.Object : c.Passive || e.Match.Trigger.RecipientSlots.Contains("subj") ? c.Subject : c.Object;
        if (patient.IsEmpty) return;
        var place = d.PlacesOf(s.Sentence).FirstOrDefault(m => patient.Contains(m.First));
        if (place is null || knowledge.State(place.Place.Country) is not { } state) return;
        // "The last French troops left Niger": the ground left; a state's own ground is no recipient, nor its own ground visited.
        if ((visit || e.Category == PloverCategory.Retreat) && e.Actor.Any(a => a.Entity.Country == state.Country)) return;
        var words = d.TextOf(place.First, place.End - 1);
        if (e.Category == PloverCategory.Assault && e.Mode == PloverMode.Abduct && place.First == patient.First + (d.TagOf(patient.First) == PosTag.DT ? 1 : 0))
            e.Recode(PloverCategory.Coerce, PloverMode.Seize, new("192"), $"COERCE seize: '{words}' is a place taken");
        // "captures the Ashrafieh neighbourhood of Aleppo after three days of fighting with the Syrian Democratic Forces": ground
        // taken after fighting someone is taken from them.
        if (e.Category != PloverCategory.Consult && FoughtBefore(s, e) is { Count: > 0 } fought)
        {
            e.Recipient.AddRange(fought);
            e.Reasons.Add($"recipient '{fought[0].Text}': '{words}' is taken after fighting them");
            return;
        }
        // "seize control of Hajin, the last major town held by ISIL": ground taken from an armed group of no state is taken from it.
        if (e.Category is not (PloverCategory.Retreat or PloverCategory.Consult) && s.Syntax.ArmedGroupApart(e) is { } group)
        {
            e.Recipient.Add(group);
            e.Reasons.Add($"recipient '{group.Text}': '{words}' is acted on, and the sentence names that armed group apart from the actor");
            return;
        }
        e.Recipient.Add(new EventEntity(words, state));
        e.Reasons.Add($"recipient {state.Country}: the state of '{words}', the place acted on");
    }

    /// <summary>
    /// The side named after "after/following ... fighting with" (data/words/aftermath-words.txt, two-sided-fighting.txt) a
    /// few words after the event ("after fierce fighting with government troops", "following clashes with ISIL"), not the
    /// actor's own.
    /// </summary>
    static List<EventEntity> FoughtBefore(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var end = Math.Min(s.Sentence.EndToken - 2, e.Match.Last + 30);
        for (var t = e.Match.Last + 1; t < end; t++)
        {
            if (d.TagOf(t) is PosTag.Colon || d.LowerOf(t) == ";") return [];
            if (!s.Syntax.Words.AftermathWords.Contains(d.LowerOf(t))) continue;
            for (var f = t + 1; f < Math.Min(end, t + 8); f++)
                if (s.Syntax.Words.TwoSidedFighting.Contains(d.LemmaOf(f)) && d.LowerOf(f + 1) == "with")
                    return TwoSidedFights.OtherSide(s, e, f).Where(side => !e.Actor.Any(a => EntityFinder.SameEntity(a, side))).ToList();
            return [];
        }
        return [];
    }
}
