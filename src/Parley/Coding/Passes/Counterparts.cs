using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// Recipients from the other events of the sentence. An act joined to another by the same actor, or of the
/// same kind, shares its target ("Iran blamed Israel for the attack and vowed revenge"); one party of a joint
/// act acting alone acts towards the others ("Japan and South Korea agreed ..., with Tokyo promising to fund a
/// foundation"); a show of force, retreat, threat or refusal with no target answers the other party acting in
/// the sentence ("Taiwan scrambled jets after 56 Chinese aircraft flew into its zone").
/// </summary>
public sealed class Counterparts : ICodingPass
{
    public string Name => "counterparts";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events) SharedTarget(s, e);
        foreach (var e in s.Events) JointParties(s, e);
        foreach (var e in s.Events) OtherParty(s, e);
    }

    static void SharedTarget(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        if (e.Recipient.Count > 0 || e.Actor.Count == 0) return;
        var own = e.ActorCodes();
        if (own.Count == 0 || e.Category == PloverCategory.Retreat && e.Mode is PloverMode.Resign) return;
        // A prison sentence is both a conviction and a detention: the two share their target.
        if (s.Events.FirstOrDefault(o => o != e && o.Match == e.Match && o.Recipient.Count > 0) is { } twin)
        {
            e.Recipient.AddRange(twin.Recipient);
            return;
        }
        // "accused the West of ...": a verb whose object names someone by name, uncoded, borrows nobody.
        if (e.Clause is { Object.IsEmpty: false } ec && ec.Head == e.Match.Anchor && !e.Match.Tokens.Any(ec.Object.Contains)
            && Enumerable.Range(ec.Object.First, ec.Object.End - ec.Object.First).Any(t => d.TagOf(t) is PosTag.NNP or PosTag.NNPS)) return;
        var sibling = s.Events.FirstOrDefault(o => o != e && o.Recipient.Count > 0 && o.Status != EventStatus.Negated
                                                   && (o.Category == e.Category && o.Actor.Count > 0
                                                       || Joined(d, e, o) && SpeechActModes.Polarity(e.Category) * SpeechActModes.Polarity(o.Category) >= 0)
                                                   && o.Recipient.All(r => r.Entity.Code is { } c && !own.Contains(c)));
        if (sibling is null) return;
        e.Recipient.AddRange(sibling.Recipient);
        e.Reasons.Add($"recipient: shared with '{d.TextOf(sibling.Match.Anchor, sibling.Match.Last)}', joined to it");
    }

    static void JointParties(SentenceCoding s, CodedEvent e)
    {
        if (e.Recipient.Count > 0 || e.Actor.Count == 0 || SpeechActModes.Polarity(e.Category) <= 0) return;
        var own = e.ActorCodes();
        var joint = s.Events.FirstOrDefault(o => o != e && SpeechActModes.Polarity(o.Category) > 0 && o.Status != EventStatus.Negated
                                                 && o.ActorCodes().IsProperSupersetOf(own) && own.Count > 0);
        if (joint is null) return;
        foreach (var a in joint.Actor.Where(a => a.Entity.Code is { } c && !own.Contains(c))) e.Recipient.Add(a);
        e.Reasons.Add($"recipient: the other parties of '{s.Document.TextOf(joint.Match.Anchor, joint.Match.Last)}'");
    }

    static void OtherParty(SentenceCoding s, CodedEvent e)
    {
        if (e.Recipient.Count > 0 || e.Actor.Count == 0 || !Answers(e)) return;
        var own = e.ActorCodes();
        if (own.Count == 0) return;
        // Allies acting alongside ("a coalition, supported by the US and Britain, launched airstrikes") are no counterpart.
        var others = s.Events.Where(o => o != e && o.Actor.Count > 0 && o.Actor.All(a => a.Entity.Code is { } c && !own.Contains(c))
                                         && (e.Category == PloverCategory.Reject || Answers(o) || o.Category is PloverCategory.Coerce or PloverCategory.Sanction
                                             or PloverCategory.Accuse or PloverCategory.Request or PloverCategory.Protest
                                             || o.Recipient.Any(r => r.Entity.Code is { } c && own.Contains(c)))).ToList();
        if (others.Select(o => string.Join(",", o.Actor.Select(a => a.Entity.Code).Order())).Distinct().Count() != 1) return;
        var other = others[0];
        foreach (var a in other.Actor) if (!e.Recipient.Any(x => EntityFinder.SameEntity(x, a))) e.Recipient.Add(a);
        e.Reasons.Add($"recipient: the other party, who '{s.Document.TextOf(other.Match.Anchor, other.Match.Last)}'");
    }

    /// <summary>Two verbs of one subject ("blamed Israel ... and vowed revenge") or a participle on its main verb (", agreeing to send").</summary>
    static bool Joined(Document d, CodedEvent e, CodedEvent o) =>
        e.Clause is { } ec && o.Clause is { } oc && ec != oc
        && (!ec.Subject.IsEmpty && ec.Subject == oc.Subject || ec.Governor == oc && d.TagOf(ec.Head) == PosTag.VBG && ec.Subject.IsEmpty)
        // (a main verb does not borrow the target of the participle that follows it: "reached a deal, putting pressure on Canada")
        && !(oc.Governor == ec && d.TagOf(oc.Head) == PosTag.VBG);

    /// <summary>Acts that answer another party's act: shows of force, threats, refusals, violence, retreats.</summary>
    static bool Answers(CodedEvent e) => e.Category switch
    {
        PloverCategory.Mobilize or PloverCategory.Threaten or PloverCategory.Reject or PloverCategory.Assault => true,
        PloverCategory.Retreat => e.Mode is not (PloverMode.Resign or PloverMode.Release),
        _ => false,
    };
}
