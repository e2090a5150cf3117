using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// What an actor says it will or will not do is coded as the speech act PLOVER codes, not as the act:
/// "Hungary will not allow weapons deliveries" is a refusal (REJECT, asserted), "Germany said it would
/// supply tanks" a promise (AGREE), "Turkey said it would shortly mount an assault on Afrin" a threat
/// (THREATEN), an announced retreat ("announced ... would withdraw troops") a concession (CONCEDE), and a
/// retreat foreseen by its own side or an easing of sanctions whoever foresees it ("Washington would ease
/// sanctions on Caracas if ...") a concession offered, keeping its status.
/// </summary>
public sealed class Promises : ICodingPass
{
    public string Name => "promises";

    public void Apply(SentenceCoding s)
    {
        foreach (var e in s.Events)
        {
            RefusalFromNegatedFuture(s, e);
            PromiseFromSpeech(s, e);
            ForeseenConcession(s, e);
            AnnouncedRetreat(s, e);
        }
    }

    /// <summary>
    /// "Trump announced he was withdrawing American forces", "confirmed he was ending all US military operations", "decided
    /// to withdraw troops", "made the decision to withdraw", "the US withdrawal, announced by Donald Trump": a retreat its
    /// side announces or settles on, not yet carried out, is the concession made by announcing it (CONCEDE). A
    /// resignation announced is made; a release or ceasefire announced is left as it is.
    /// </summary>
    static void AnnouncedRetreat(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var words = s.Syntax.Words;
        if (e.Category != PloverCategory.Retreat || e.Status != EventStatus.Asserted || e.Mode is not (null or PloverMode.Withdraw)) return;
        string? how = null;
        if (e.Clause is { } c && c.Head == e.Match.Anchor)
        {
            // "decided to withdraw", "announced he was withdrawing": the retreat is the content of the announcing verb.
            var progressive = d.TagOf(c.Head) == PosTag.VBG && c.Head > c.First;
            if (c.Governor is { } g && words.AnnouncingVerbs.Contains(d.LemmaOf(g.Head)) && !g.Negated && (c.Infinitive || progressive))
                how = $"'{d.TextOf(g.Head)}'";
            // "made the decision to withdraw", "his pledge to pull out".
            else if (c.Infinitive && c.First >= s.Sentence.FirstToken + 2 && d.LowerOf(c.First) == "to"
                     && (words.CommitmentNouns.Contains(d.LemmaOf(c.First - 1)) || words.DecisionNouns.Contains(d.LemmaOf(c.First - 1))) && d.TagOf(c.First - 1).IsNoun())
                how = $"'{d.TextOf(c.First - 1)} to'";
        }
        else if (e.Match.Trigger.Class == AnchorClass.Noun)
        {
            // "the US withdrawal from Syria, announced by Donald Trump".
            for (var t = e.Match.Last + 1; t + 1 < s.Sentence.EndToken && t <= e.Match.Last + 6 && how is null; t++)
            {
                if (d.TagOf(t) is PosTag.Punct or PosTag.Colon || d.TagOf(t).IsFiniteVerb()) break;
                if (d.TagOf(t) == PosTag.VBN && words.AnnouncingVerbs.Contains(d.LemmaOf(t)) && d.LowerOf(t + 1) == "by") how = $"'{d.TextOf(t)} by'";
            }
        }
        if (how is null) return;
        Announced(e, PloverCategory.Concede, ConcessionCameo(e), $"RETREAT announced or decided ({how}), not carried out: CONCEDE");
    }

    /// <summary>
    /// A party saying it will not act is refusing, and so is one choosing not to ("opts not to meet four United States
    /// senators", "decides not to appeal": data/words/choice-verbs.txt); past negation ("has not asked") stays negated.
    /// </summary>
    static void RefusalFromNegatedFuture(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        if (e.Status != EventStatus.Negated || e.Category is PloverCategory.Reject || e.Clause is not { Negated: true } c
            || Syntax.InCondition(c) || e.Actor.Count == 0)
            return;
        var chosen = c is { Infinitive: true, Governor: { Negated: false } g } && s.Syntax.Words.ChoiceVerbs.Contains(d.LemmaOf(g.Head));
        if (c.Modal is not ("will" or "would") && !chosen) return;
        // "would not discuss individual cases": declining to talk about something with nobody is no refusal to meet.
        if (e.Category == PloverCategory.Consult && e.Recipient.Count == 0 && s.Syntax.Words.DiscussionVerbs.Contains(d.LemmaOf(e.Match.Anchor))) return;
        var inner = e.Category;
        var mode = SpeechActModes.ModeFor(PloverCategory.Reject, inner, e.Mode);
        e.Reasons.Add($"'{d.TextOf(c.First, c.Head)}': a refusal to {inner.Name()} is REJECT ({mode?.Name()})");
        e.Category = PloverCategory.Reject;
        e.Mode = mode;
        e.Cameo = SpeechActModes.CameoFor(PloverCategory.Reject, mode) ?? new CameoCode("120");
        e.Status = EventStatus.Asserted;
        // "China will not meet the US delegation": the one met, a co-actor of a meeting, is the one refused.
        if (inner == PloverCategory.Consult && e.Recipient.Count == 0 && e.Actor.Count > 1)
        {
            var subject = c.Subject.IsEmpty && c.Governor is { } above ? above.Subject : c.Subject;
            var refusing = subject.IsEmpty ? [] : s.ActorsIn(subject).Select(m => m.Entity!.Code).ToHashSet();
            var refused = e.Actor.Where(a => !refusing.Contains(a.Entity.Code)).ToList();
            if (refused.Count > 0 && refused.Count < e.Actor.Count)
            {
                e.Actor.RemoveAll(refused.Contains);
                e.Recipient.AddRange(refused);
            }
        }
    }

    static void PromiseFromSpeech(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var words = s.Syntax.Words;
        if (e.Category is PloverCategory.Concede && e.Status is EventStatus.Future)
        {
            Announced(e, PloverCategory.Concede, ConcessionCameo(e), "CONCEDE announced or offered, not carried out: CONCEDE");
            return;
        }
        // "last month's announcement that the US will withdraw its troops": announced by the noun that introduces it.
        if (e.Category == PloverCategory.Retreat && e.Status == EventStatus.Future && e.Clause is { Subject.IsEmpty: false } announced
            && announced.Subject.First - 2 >= 0 && d.LowerOf(announced.Subject.First - 1) == "that" && words.CommitmentNouns.Contains(d.LemmaOf(announced.Subject.First - 2)))
        {
            Announced(e, PloverCategory.Concede, ConcessionCameo(e), $"RETREAT announced ('{d.TextOf(announced.Subject.First - 2)} that'): CONCEDE");
            return;
        }
        // "Trump plans to withdraw all US troops", "decided to withdraw": an intention its actor has made known is announced too.
        if (e.Status != EventStatus.Future || e.Clause?.Governor is not { } speech) return;
        // "states that it is prepared to respond militarily if attacked", "Iran is ready to retaliate": readiness is declared, by
        // the speech verb above it or by itself.
        var ready = words.ReadinessWords.Contains(d.LowerOf(speech.Head)) && !speech.Negated;
        if (ready && speech.Governor is { } above && words.SpeechVerbs.Contains(d.LemmaOf(above.Head))) speech = above;
        if (!(ready || words.SpeechVerbs.Contains(d.LemmaOf(speech.Head)) || words.IntentVerbs.Contains(d.LemmaOf(speech.Head)) || d.LemmaOf(speech.Head) == "decide"))
            return;
        if (words.BeliefVerbs.Contains(d.LemmaOf(speech.Head))) return;
        var speakers = (speech.Subject.IsEmpty ? [] : s.ActorsIn(speech.Subject)).Select(m => m.Entity!.Code).ToHashSet();
        if (!e.Actor.Any(a => speakers.Contains(a.Entity.Code)) && !(e.Clause.Subject is { IsEmpty: false } subject && d.TagOf(subject.First) == PosTag.PRP)) return;
        (PloverCategory Category, CameoCode Cameo)? promise = e.Category switch
        {
            PloverCategory.Agree => (PloverCategory.Agree, e.Cameo), // "said it would accept the peace deal": agreeing by saying so
            PloverCategory.Aid => (PloverCategory.Agree, new CameoCode("033")),
            PloverCategory.Cooperate => (PloverCategory.Agree, new CameoCode("031")),
            PloverCategory.Support => (PloverCategory.Agree, new CameoCode("032")),
            PloverCategory.Retreat => (PloverCategory.Concede, new CameoCode("080")),
            _ => null,
        };
        // "first said it would boycott talks if the opposition insisted on Assad's removal", "says the government will withdraw
        // from peace talks with rebels unless a deal is reached": a sanction or refusal made to hang on a condition is a threat.
        var conditional = e.Category is PloverCategory.Sanction or PloverCategory.Reject
                          && s.Clauses.Any(c => c.First > e.Match.Last && c.Subordinator is { } sub && words.ConditionalSubordinators.Contains(sub) && sub != "whether");
        if (promise is null && (e.Category is PloverCategory.Assault or PloverCategory.Coerce || conditional) && (ready || words.SpeechVerbs.Contains(d.LemmaOf(speech.Head))))
        {
            // "Turkey said it would hit back at the troops if ...", "vowed to crush": a blow its actor says it will strike is a
            // threat made by saying so (THREATEN, moded by what is threatened).
            var mode = SpeechActModes.ModeFor(PloverCategory.Threaten, e.Category, e.Mode);
            Announced(e, PloverCategory.Threaten, SpeechActModes.CameoFor(PloverCategory.Threaten, mode) ?? new CameoCode("130"),
                $"{e.Category.Name()} announced for the future by its actor: THREATEN ({mode?.Name()})", mode);
            return;
        }
        if (promise is null) return;
        Announced(e, promise.Value.Category, promise.Value.Cameo, $"{e.Category.Name()} announced for the future by its actor: {promise.Value.Category.Name()}");
    }

    /// <summary>
    /// "Russia could scale back operations, its spokesman said": a retreat foreseen by the one who would make it, or an
    /// easing of sanctions whoever foresees it, is a concession offered. A retreat in the condition of another event, or
    /// troops a third party expects to pull out, stays RETREAT.
    /// </summary>
    static void ForeseenConcession(SentenceCoding s, CodedEvent e)
    {
        var d = s.Document;
        var words = s.Syntax.Words;
        if (e.Category != PloverCategory.Retreat || e.Status is not (EventStatus.Future or EventStatus.Hypothetical) || e.Clause is not { } c
            || Syntax.InCondition(c) || e.Mode is PloverMode.Ceasefire or PloverMode.Resign || e.Actor.Count == 0)
            return;
        var own = e.ActorCountries();
        var speakers = s.Clauses.Where(k => k != c && words.SpeechVerbs.Contains(d.LemmaOf(k.Head)) && !k.Subject.IsEmpty && !k.Passive
                                            && !words.BeliefVerbs.Contains(d.LemmaOf(k.Head)))
                                .SelectMany(k => s.ActorsIn(k.Subject))
                                .Select(m => m.Entity!.Country).OfType<string>().ToHashSet();
        var easing = e.Cameo.IsIn("085"); // easing sanctions, embargoes, tariffs, frozen assets
        var ownSide = speakers.Count > 0 && speakers.All(own.Contains);
        if (!easing && !ownSide) return;
        e.Reasons.Add(easing ? "an easing foreseen, not carried out: CONCEDE" : "a retreat its own side says it may make: CONCEDE");
        e.Category = PloverCategory.Concede;
        e.Cameo = ConcessionCameo(e);
        e.Mode = null;
    }

    static CameoCode ConcessionCameo(CodedEvent e) => e.Cameo.IsIn("08") ? e.Cameo : new("080");

    /// <summary>An event announced for the future is coded as the promise, concession or threat made now, by announcing it.</summary>
    static void Announced(CodedEvent e, PloverCategory category, CameoCode cameo, string reason, PloverMode? mode = null)
    {
        e.Reasons.Add(reason);
        e.Announced = true;
        e.Category = category;
        e.Cameo = cameo;
        e.Mode = mode;
        e.Status = EventStatus.Asserted;
    }
}
