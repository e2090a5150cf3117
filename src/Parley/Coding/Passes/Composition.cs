using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// Requests, refusals, threats and promises are one event with the act they are about: "urged Russia to
/// withdraw" is a REQUEST moded yield, "refused to meet" a REJECT moded meet, "threatened to impose
/// sanctions" a THREATEN moded restrict (PLOVER manual, REQUEST, REJECT and THREATEN modes). The act in
/// the complement is folded into the speech act and is not coded on its own; an order to one's own side is
/// marked so that the roles pass can code it as the act ordered.
/// </summary>
public sealed class Composition : ICodingPass
{
    public string Name => "composition";

    public void Apply(SentenceCoding s)
    {
        var events = s.Events;
        for (var i = 0; i < events.Count; i++)
        {
            var outer = events[i];
            if (outer.Category == PloverCategory.Accuse) AbsorbAllegation(s, outer);
            else if (outer.Match.Trigger.RecipientSlots.Contains("that")) AbsorbFinding(s, outer);
            else if (outer.Category is PloverCategory.Request or PloverCategory.Reject or PloverCategory.Threaten or PloverCategory.Agree) AbsorbContent(s, outer, i);
        }
    }

    void AbsorbContent(SentenceCoding s, CodedEvent outer, int i)
    {
        var d = s.Document;
        var events = s.Events;
        var ordering = outer.Category == PloverCategory.Request && s.Syntax.Words.OrderVerbs.Contains(d.LemmaOf(outer.Match.Anchor));
        for (var j = i + 1; j < events.Count; j++)
        {
            var inner = events[j];
            var link = Link(s, outer, inner, ordering);
            if (link is null) continue;
            if (link != Linked.Ordered && s.Syntax.MeetingOccasion(inner) is not null) continue;
            outer.IsOrder = ordering;
            TakeMode(s, outer, inner, link.Value);
            outer.Last = Math.Max(outer.Last, inner.Last);
            outer.Absorbed = inner;
            outer.Reasons.Add($"absorbs '{d.TextOf(inner.Match.Anchor, inner.Match.Last)}' ({inner.Category.Name()}) as its content: mode {outer.Mode?.Name() ?? "none"}");
            s.Drop(inner, $"folded into '{d.TextOf(outer.Match.Anchor, outer.Match.Last)}' ({outer.Category.Name()}) as its content");
            if (link == Linked.Governed && outer.Category is not PloverCategory.Agree) AbsorbJoined(s, outer, inner, i);
            if (link == Linked.Governed) AbsorbNested(s, outer, inner);
            return;
        }
    }

    enum Linked { Governed, Near, Ordered, RefusedObject }

    /// <summary>How the inner act is the content of the outer one, if it is.</summary>
    static Linked? Link(SentenceCoding s, CodedEvent outer, CodedEvent inner, bool ordering)
    {
        var d = s.Document;
        // (", accusing him of ..." after an arrest warrant is an act of its own, not what the warrant threatens.)
        var governed = inner.Clause is not null && outer.Clause is not null && inner.Clause.Governor == outer.Clause
                       && !(d.TagOf(inner.Clause.Head) == PosTag.VBG && inner.Clause.First > 0 && d.TagOf(inner.Clause.First - 1) == PosTag.Comma)
                       && (inner.Clause.NonFinite || outer.Category is PloverCategory.Threaten or PloverCategory.Request && inner.Clause.Subordinator is null or "that");
        // "says Iran must declare ...", "“The Americans must leave Syria,” Velayati said": what a demand says should be done.
        governed |= outer.Obligation is { } obliged && inner.Clause is { } content
                    && (content == obliged || content.Governor == obliged || content.Head > obliged.Head && content.Subject == obliged.Subject && content.Modal == obliged.Modal);
        if (governed) return Linked.Governed;
        var near = inner.Match.Anchor - outer.Match.Last is > 0 and <= 8
                   && Enumerable.Range(outer.Match.Last + 1, inner.Match.Anchor - outer.Match.Last - 1).Any(t => d.TagOf(t) == PosTag.TO || d.LowerOf(t) is "of" or "for");
        if (near && inner.Clause is { NonFinite: false } own && own.Head == inner.Match.Anchor)
        {
            // ("refused to recognise the vote and called for new elections": a finite verb of its own is the actor's next act, not
            // the content; "orders to stop a meningitis outbreak that has killed 16 people": nor is an act told of in a relative clause.)
            var nextAct = own.Governor != outer.Clause && d.TagOf(own.Head).IsFiniteVerb() && outer.Clause is { } said && !said.Subject.IsEmpty
                          && own.Subject == said.Subject && own.First > 0 && d.LowerOf(own.First - 1) is "and" or "but";
            var told = own.First > outer.Match.Last + 1 && d.TagOf(own.First - 1) is PosTag.WDT or PosTag.WP;
            near = !nextAct && !told;
        }
        if (near) return Linked.Near;
        // "ordered the release of", "ordered a military offensive": the order's object is the act ordered.
        if (ordering && outer.Clause is { } oc && oc.Head == outer.Match.Anchor && oc.Object.Contains(inner.Match.Anchor) && inner.Match.Anchor - outer.Match.Last <= 6)
            return Linked.Ordered;
        // "rejected calls for a ceasefire", "rebuffed a proposal for talks": a refused demand or offer is its object.
        if (outer.Category == PloverCategory.Reject && outer.Clause is { } rc && rc.Head == outer.Match.Anchor
            && rc.Object.Contains(inner.Match.Anchor) && inner.Match.Anchor - outer.Match.Last <= 3 && inner.Category is PloverCategory.Request or PloverCategory.Agree)
            return Linked.RefusedObject;
        return null;
    }

    static void TakeMode(SentenceCoding s, CodedEvent outer, CodedEvent inner, Linked link)
    {
        // (A ceasefire agreed between parties stays an agreement.)
        if (outer.Category == PloverCategory.Agree && inner.Category is PloverCategory.Retreat or PloverCategory.Concede && inner.Mode != PloverMode.Ceasefire
            && !(inner.Category == PloverCategory.Concede && inner.Cameo.IsIn("087")))
        {
            // "agreed to hand back four villages": a promised concession (PLOVER: CONCEDE, not AGREE).
            outer.Category = PloverCategory.Concede;
            outer.Cameo = inner.Cameo.IsIn("08") ? inner.Cameo : new("080");
        }
        else if (outer.Category == PloverCategory.Agree && inner.Category == PloverCategory.Reject && link == Linked.Governed
                 && outer.Clause is { } promise && promise.Head == outer.Match.Anchor)
        {
            // "pledged never to accept the result": a promised refusal is a refusal; made to hang on a condition ("vows not to
            // recognise South Sudan if it tries to claim Abyei"), a threat.
            var words = s.Syntax.Words;
            if (s.Clauses.Any(c => c.First > inner.Match.Last && c.Subordinator is { } sub && words.ConditionalSubordinators.Contains(sub) && sub != "whether"))
            {
                outer.Category = PloverCategory.Threaten;
                outer.Mode = SpeechActModes.ModeFor(PloverCategory.Threaten, inner.Category, inner.Mode);
                outer.Cameo = SpeechActModes.CameoFor(PloverCategory.Threaten, outer.Mode) ?? new CameoCode("130");
            }
            else
            {
                outer.Category = PloverCategory.Reject;
                outer.Mode = inner.Mode;
                outer.Cameo = inner.Cameo;
            }
        }
        else if (link == Linked.RefusedObject && inner.Category == PloverCategory.Request)
        {
            // What was demanded gives the mode: a rejected call for a ceasefire is a refusal to yield.
            outer.Mode = inner.Mode;
            outer.Cameo = SpeechActModes.CameoFor(outer.Category, outer.Mode) ?? outer.Cameo;
        }
        else if (outer.Category != PloverCategory.Agree)
        {
            outer.Mode = SpeechActModes.ModeFor(outer.Category, inner.Category, inner.Mode);
            outer.Cameo = SpeechActModes.CameoFor(outer.Category, outer.Mode) ?? outer.Cameo;
        }
    }

    /// <summary>
    /// "warning regional countries not to allow the US military to launch attacks on Iran": an act in the infinitive the content
    /// governs is part of what is asked, refused or promised, not an act of its own.
    /// </summary>
    static void AbsorbNested(SentenceCoding s, CodedEvent outer, CodedEvent inner)
    {
        var d = s.Document;
        foreach (var other in s.Events.ToList())
        {
            if (other == outer || other.Clause is not { Infinitive: true } nested || nested.Governor is null || nested.Governor != inner.Clause) continue;
            // ("agree to negotiate a treaty and to cooperate more closely": an infinitive joined to the content is no part of it.)
            if (nested.First > 0 && d.LowerOf(nested.First - 1) is "and" or "or" or "," or "but") continue;
            outer.Reasons.Add($"absorbs '{d.TextOf(other.Match.Anchor, other.Match.Last)}' ({other.Category.Name()}), governed by its content");
            s.Drop(other, $"folded into '{d.TextOf(outer.Match.Anchor, outer.Match.Last)}' ({outer.Category.Name()}), governed by its content");
        }
    }

    /// <summary>
    /// "The International Court of Justice rules that the United States violated its 1955 friendship treaty": what a court
    /// finds (a pattern whose recipient is in the clause it governs, slot `that`) is the finding's content, not an act the
    /// sentence asserts.
    /// </summary>
    static void AbsorbFinding(SentenceCoding s, CodedEvent outer)
    {
        var d = s.Document;
        if (s.FindingOf(outer) is not { } finding) return;
        foreach (var inner in s.Events.ToList())
        {
            if (inner == outer || inner.Clause is not { } content || content != finding && content.Governor != finding) continue;
            outer.Reasons.Add($"absorbs '{d.TextOf(inner.Match.Anchor, inner.Match.Last)}' ({inner.Category.Name()}): the act found");
            s.Drop(inner, $"folded into '{d.TextOf(outer.Match.Anchor, outer.Match.Last)}' ({outer.Category.Name()}) as the act found");
        }
    }

    /// <summary>"urged them to repatriate the fighters and put them on trial": verbs joined to the content are content too.</summary>
    static void AbsorbJoined(SentenceCoding s, CodedEvent outer, CodedEvent inner, int i)
    {
        var d = s.Document;
        for (var k = s.Events.Count - 1; k > i; k--)
        {
            var other = s.Events[k];
            if (other.Clause is not { } joined || joined == inner.Clause || joined.Governor != outer.Clause || joined.First <= inner.Match.Anchor
                || joined.Subject != inner.Clause!.Subject || joined.Modal != inner.Clause.Modal || joined.Infinitive != inner.Clause.Infinitive)
                continue;
            outer.Reasons.Add($"absorbs '{d.TextOf(other.Match.Anchor, other.Match.Last)}' ({other.Category.Name()}), joined to its content");
            s.Drop(other, $"folded into '{d.TextOf(outer.Match.Anchor, outer.Match.Last)}' ({outer.Category.Name()}), joined to its content");
        }
    }

    /// <summary>
    /// "accused Russian forces of blowing up the dam", "blamed Israel for the downing of", "condemned a US drone
    /// strike", "charged him with inciting the attack": the act alleged is the accusation's content, not an event
    /// the sentence asserts. Its doer is the one accused.
    /// </summary>
    static void AbsorbAllegation(SentenceCoding s, CodedEvent outer)
    {
        var d = s.Document;
        var words = s.Syntax.Words;
        var i = s.Events.IndexOf(outer);
        for (var j = i + 1; j < s.Events.Count; j++)
        {
            var inner = s.Events[j];
            if (inner.Category == PloverCategory.Accuse) break;
            var gap = inner.Match.Anchor - outer.Match.Last;
            var within = inner.Match.Anchor > outer.Match.Anchor && inner.Match.Anchor < outer.Match.Last; // "blamed Ukrainian shelling for"
            var inObject = outer.Clause is { } c && c.Head == outer.Match.Anchor && c.Object.Contains(inner.Match.Anchor);
            var linked = gap is > 0 and <= 16 && Enumerable.Range(outer.Match.Last + 1, gap - 1)
                             .Any(t => words.AllegationLinks.Contains(d.LowerOf(t)) && d.TagOf(t) == PosTag.IN);
            var governed = inner.Clause is { NonFinite: true } ic && outer.Clause is not null && ic.Governor == outer.Clause && gap > 0;
            if (!inObject && !linked && !governed && !within) continue;
            if (gap > 0 && Enumerable.Range(outer.Match.Last + 1, gap - 1).Any(t => d.TagOf(t) is PosTag.Punct or PosTag.Colon || words.AllegationBreaks.Contains(d.LowerOf(t))))
                continue;
            // ("the rebel leader accused of committing war crimes in the Congo, is extradited from France": a finite verb after a
            // comma is the sentence's own act, not what was alleged.)
            if (gap > 0 && inner.Clause is { NonFinite: false } && !governed && Enumerable.Range(outer.Match.Last + 1, gap - 1).Any(t => d.TagOf(t) == PosTag.Comma))
                continue;
            outer.Absorbed = inner;
            outer.Reasons.Add($"absorbs '{d.TextOf(inner.Match.Anchor, inner.Match.Last)}' ({inner.Category.Name()}): the act alleged");
            s.Drop(inner, $"folded into '{d.TextOf(outer.Match.Anchor, outer.Match.Last)}' ({outer.Category.Name()}) as the act alleged");
            return;
        }
    }
}
