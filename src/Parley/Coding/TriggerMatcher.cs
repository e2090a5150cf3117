using Parley.Model;

namespace Parley.Coding;

/// <summary>
/// A trigger found in a sentence: the anchor token and the tokens of its following words. A verb of saying may be read by
/// what is said in more than one way (criticism, a demand): the other readings of the same words are its
/// <see cref="Alternatives"/>, each kept only if what is said meets its condition.
/// </summary>
public sealed record TriggerMatch(Trigger Trigger, int Anchor, int[] Tokens)
{
    public IReadOnlyList<Trigger> Alternatives { get; init; } = [];

    /// <summary>The anchor is the noun naming who acts, and the pattern's next word the verb they do it with ("protesters gather").</summary>
    public bool AnchorIsActor { get; init; }

    /// <summary>This match and one for each of its <see cref="Alternatives"/>: the same words read by each pattern.</summary>
    public IEnumerable<TriggerMatch> Readings =>
        Alternatives.Count == 0 ? [this] : Alternatives.Select(a => this with { Trigger = a, Alternatives = [] }).Prepend(this);

    public int First => Tokens.Length == 0 ? Anchor : Math.Min(Anchor, Tokens.Min());
    public int Last => Tokens.Length == 0 ? Anchor : Math.Max(Anchor, Tokens.Max());
}

/// <summary>
/// Finds trigger patterns in a sentence. At each anchor the longest pattern wins; a token used by one
/// match cannot anchor another, so "refused to meet" is one refusal, not a refusal and a meeting.
/// </summary>
public sealed class TriggerMatcher(TriggerLexicon lexicon)
{
    public const int MaxGap = 5;

    /// <summary>
    /// Whether a word comes right after a form of "be" (adverbs and quotation marks aside), as the clause's predicate: a
    /// preposition there reads as an adjective would ("the Assad regime was behind the chemical attack" like "was
    /// responsible for"), and an adjective trigger there has the subject as its actor ("Iran is \"ready to facilitate\"").
    /// </summary>
    public static bool IsPredicate(Document d, int t, int first)
    {
        var k = t - 1;
        while (k >= first && (d.TagOf(k).IsAdverb() || d.TagOf(k) == PosTag.Quote)) k--;
        return k >= first && d.TagOf(k).IsVerb() && d.LemmaOf(k) == "be";
    }

    public List<TriggerMatch> Match(Document d, Sentence sentence)
    {
        var found = new List<TriggerMatch>();
        // Words inside a name are not event words: "Amnesty International", "the air force", "Russian forces".
        var named = new bool[sentence.TokenCount];
        // A preposition that opens a day ("on Wednesday", "on 12 May") is the date's, not a pattern's: "Trump called Erdoğan on
        // Wednesday" is no "call on".
        HashSet<int>? dateOpeners = null; // made only for a sentence that has such a date
        HashSet<int>? agentHeads = null;
        foreach (var m in d.MentionsOf(sentence))
        {
            if (m is ActorMention)
                for (var k = m.First; k < m.End; k++) named[k - sentence.FirstToken] = true;
            // "Thousands of protesters gather in Tehran": a common noun naming the people who protest may still anchor a
            // protest pattern whose verb follows it ("protester/N gather"); the verb of any other act keeps its subject as actor.
            if (m is ActorMention && d.TagOf(m.End - 1) is PosTag.NN or PosTag.NNS)
                (agentHeads ??= []).Add(m.End - 1);
            if (m is DateMention { Attributive: false, Expression: { Kind: DateKind.Weekday } or { Day: > 0 } } && m.First > sentence.FirstToken
                && d.TagOf(m.First - 1) == PosTag.IN && (m.End >= sentence.EndToken || d.TagOf(m.End) != PosTag.POS))
                (dateOpeners ??= []).Add(m.First - 1);
        }
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var tag = d.TagOf(t);
            if (named[t - sentence.FirstToken])
            {
                if (agentHeads?.Contains(t) == true && BestAt(d, t, sentence.EndToken, AnchorClass.Noun, dateOpeners) is { Tokens.Length: > 0 } acting
                    && acting.Trigger.Category == PloverCategory.Protest && d.TagOf(acting.Tokens[0]).IsVerb() && d.PastAdverbs(t + 1, acting.Tokens[0]) == acting.Tokens[0])
                    found.Add(acting with { AnchorIsActor = true });
                continue;
            }
            AnchorClass? anchorClass = tag.IsVerb() ? AnchorClass.Verb : tag.IsNoun() ? AnchorClass.Noun : tag.IsAdjective() ? AnchorClass.Adjective
                                       : tag == PosTag.IN && IsPredicate(d, t, sentence.FirstToken) ? AnchorClass.Adjective : null;
            if (anchorClass is null) continue;
            var best = BestAt(d, t, sentence.EndToken, anchorClass.Value, dateOpeners);
            // Participles and gerunds used as nouns or adjectives ("the shooting down of", "a planned visit") may still anchor verb patterns.
            if (best is null && tag is PosTag.NN && d.LowerOf(t).EndsWith("ing", StringComparison.Ordinal))
                best = BestAt(d, t, sentence.EndToken, AnchorClass.Verb, dateOpeners, d.LowerOf(t)[..^3]);
            // A noun modifying another noun is not the event: "strike force", "blast wave", "attack helicopters".
            if (best is not null && anchorClass == AnchorClass.Noun && best.Tokens.Length == 0 && t + 1 < sentence.EndToken
                && d.TagOf(t + 1) is PosTag.NN or PosTag.NNS && !d.TextOf(t + 1).Contains('-'))
                best = null;
            if (best is not null) found.Add(best);
        }
        // Longer matches first; drop matches that reuse a token already taken.
        // A verb outranks a noun pattern one word longer: "met on the sidelines of the summit" is a meeting by its subjects.
        static int Priority(TriggerMatch m) => m.Trigger.Length + (m.Trigger.Class == AnchorClass.Verb ? 1 : 0);
        found.Sort((a, b) => Priority(b) != Priority(a) ? Priority(b).CompareTo(Priority(a)) : a.Anchor.CompareTo(b.Anchor));
        var taken = new HashSet<int>();
        var kept = new List<TriggerMatch>();
        var displaced = new List<TriggerMatch>();
        foreach (var match in found)
        {
            if (taken.Contains(match.Anchor) || match.Tokens.Any(taken.Contains))
            {
                if (!taken.Contains(match.Anchor)) displaced.Add(match);
                continue;
            }
            kept.Add(match);
            taken.Add(match.Anchor);
            foreach (var token in match.Tokens) taken.Add(token);
        }
        // "rejected calls for a ceasefire": when a longer pattern claims "calls for a ceasefire", the verb still
        // anchors its best pattern that uses only free words ("reject" alone).
        foreach (var match in displaced)
        {
            if (taken.Contains(match.Anchor)) continue;
            var fallback = BestAt(d, match.Anchor, sentence.EndToken, match.Trigger.Class, dateOpeners, null, taken);
            if (fallback is null) continue;
            kept.Add(fallback);
            taken.Add(fallback.Anchor);
            foreach (var token in fallback.Tokens) taken.Add(token);
        }
        kept.RemoveAll(m => m.Trigger.Blocks);
        kept.Sort((a, b) => a.Anchor.CompareTo(b.Anchor));
        return kept;
    }

    TriggerMatch? BestAt(Document d, int anchor, int end, AnchorClass anchorClass, HashSet<int>? dateOpeners, string? lemmaOverride = null, HashSet<int>? taken = null)
    {
        var lemma = lemmaOverride ?? d.LemmaOf(anchor);
        var candidates = lexicon.For(lemma, anchorClass);
        if (candidates.Count == 0 && anchorClass == AnchorClass.Noun && d.LowerOf(anchor) != lemma)
            candidates = lexicon.For(d.LowerOf(anchor), anchorClass); // "talks" listed as its own noun
        // Longest pattern first; among patterns of that length, the tightest ("rounding up and deporting ... on"
        // is "round up", not "round on").
        TriggerMatch? best = null;
        foreach (var trigger in candidates)
        {
            if (best is not null && trigger.Length < best.Trigger.Length) break;
            if (!TryFollow(d, anchor, end, trigger, dateOpeners, out var tokens) && !TryPassive(d, anchor, trigger, out tokens)) continue;
            if (taken is not null && tokens.Any(taken.Contains)) continue;
            var match = new TriggerMatch(trigger, anchor, tokens);
            if (best is not null && (best.Trigger.ReadsGoverned || trigger.ReadsGoverned) && tokens.SequenceEqual(best.Tokens))
                best = best with { Alternatives = [.. best.Alternatives, trigger] };
            else if (best is null || match.Last - match.First < best.Last - best.First) best = match;
        }
        return best;
    }

    static bool TryFollow(Document d, int anchor, int end, Trigger trigger, HashSet<int>? dateOpeners, out int[] tokens)
    {
        tokens = trigger.Following.Count == 0 ? [] : new int[trigger.Following.Count];
        var position = anchor + 1;
        for (var e = 0; e < trigger.Following.Count; e++)
        {
            var alternatives = trigger.Following[e];
            var found = -1;
            for (var t = position; t < end && t <= position + MaxGap + 3; t++)
            {
                if (Matches(d, t, alternatives) && dateOpeners?.Contains(t) != true) { found = t; break; }
                var tag = d.TagOf(t);
                // Past the usual gap only inside one noun phrase: "shipped more than 1,000 containers of military equipment".
                if (t >= position + MaxGap && !(tag.IsNoun() || tag.IsAdjective() || tag is PosTag.CD or PosTag.DT or PosTag.POS || d.LowerOf(t) is "of" or "than" or "more" or "about"))
                    break;
                if (tag is PosTag.Punct or PosTag.Colon or PosTag.Comma || tag.IsFiniteVerb() || tag == PosTag.MD) break;
                // A preposition the pattern wants is not looked for inside a that-clause ("warned America that an operation
                // against the YPG is near") or an infinitive ("agreed to normalise relations with Israel"): it is that verb's.
                var clauseStarts = d.LowerOf(t) == "that" && d.TagOf(t) is PosTag.IN or PosTag.WDT or PosTag.DT
                                   || tag == PosTag.TO && t + 1 < end && d.TagOf(t + 1) == PosTag.VB;
                if (clauseStarts && alternatives.All(a => a is "with" or "on" or "for" or "against" or "over" or "about")) break;
            }
            if (found < 0) return false;
            tokens[e] = found;
            position = found + 1;
        }
        return true;
    }

    /// <summary>
    /// A verb and object pattern in the passive: "Sanctions were imposed on ...", "The sanctions have been lifted", "The
    /// systems are being delivered" match `impose/V sanction`, `lift/V sanction`, `deliver/V system` when the object word
    /// is the head of the subject just before the auxiliaries.
    /// </summary>
    static bool TryPassive(Document d, int anchor, Trigger trigger, out int[] tokens)
    {
        tokens = [];
        if (trigger.Class != AnchorClass.Verb || trigger.Following.Count != 1 || d.TagOf(anchor) != PosTag.VBN) return false;
        var t = anchor - 1;
        while (t >= 0 && (d.TagOf(t).IsAdverb() || d.LowerOf(t) is "not")) t--;
        if (t < 1 || d.LemmaOf(t) is not ("be" or "get") || !d.TagOf(t).IsVerb()) return false;
        // ("have been lifted", "are being delivered", "will be imposed": the auxiliaries before the passive's own.)
        t--;
        while (t >= 0 && (d.TagOf(t).IsAdverb() || d.LowerOf(t) is "not" || d.TagOf(t) == PosTag.MD || d.TagOf(t).IsVerb() && d.LemmaOf(t) is "be" or "have"))
            t--;
        var head = t;
        if (head < 0) return false;
        // "A long-running siege by Syrian rebels of two pro-regime towns has been lifted": the subject's head may stand before
        // the phrases that complete it.
        // ("A planned meeting between Israeli prime minister Ariel Sharon and Palestinian prime minister Mahmoud Abbas is
        // cancelled": or past the "and" of a "between" phrase, not of two subjects: "a visit and the flights were cancelled".)
        var joined = false;
        for (var k = head; k >= 0 && head - k <= 12; k--)
        {
            var tag = d.TagOf(k);
            if (Matches(d, k, trigger.Following[0]) && (k == head || tag.IsNoun()))
            {
                tokens = [k];
                return !joined;
            }
            if (tag == PosTag.CC && d.LowerOf(k) == "and" && !joined)
            {
                joined = true;
                continue;
            }
            if (tag == PosTag.IN && d.LowerOf(k) == "between") joined = false;
            else if (!(tag.IsNoun() || tag.IsAdjective() || tag is PosTag.DT or PosTag.CD or PosTag.POS or PosTag.PRPS or PosTag.Hyphen
                       || tag == PosTag.IN && d.LowerOf(k) is "of" or "by" or "on" or "against" or "in" or "from")) return false;
        }
        return false;
    }

    static bool Matches(Document d, int t, string[] alternatives)
    {
        var lower = d.LowerOf(t);
        var lemma = d.LemmaOf(t);
        foreach (var alternative in alternatives)
            if (alternative == lower || alternative == lemma) return true;
        return false;
    }
}
