using Parley.Model;

namespace Parley.Text;

/// <summary>
/// Stage 6: a shallow clause analysis. Finds verb groups (auxiliaries, negation, modals, voice),
/// noun-phrase chunks, and for each verb its subject (looking through appositions, prepositional
/// modifiers and relative pronouns), object and prepositional phrases. Infinitives and participles
/// take their subject from the governing verb ("prompted Blinken to cancel": Blinken cancels).
/// </summary>
public sealed class ClauseAnalyzer(WordLists words)
{
    public List<Clause> Analyze(Document d, Sentence sentence)
    {
        var clauses = new List<Clause>();
        var first = sentence.FirstToken;
        var end = sentence.EndToken;
        var t = first;
        var asides = DashedAsides(d, first, end);
        while (t < end)
        {
            // "launched its offensive - codenamed Operation Olive Branch - on Afrin": an aside between dashes starts no
            // clause, so what follows it stays with the verb before it.
            if (!StartsVerbGroup(d, t, end) || asides.Any(a => a.Open < t && t < a.Close)) { t++; continue; }
            var clause = ReadVerbGroup(d, t, end);
            clauses.Add(clause);
            t = clause.End;
        }
        for (var i = 0; i < clauses.Count; i++)
            clauses[i].Limit = i + 1 < clauses.Count ? clauses[i + 1].First : end;
        var dates = d.MentionsOf(sentence).OfType<DateMention>().Where(m => !m.Attributive).ToList();

        for (var i = 0; i < clauses.Count; i++)
        {
            var c = clauses[i];
            var previousEnd = i > 0 ? clauses[i - 1].End : first;
            c.Subordinator = FindSubordinator(d, previousEnd, c.First);
            c.Object = ReadObject(d, c);
            ReadPreps(d, c);
            // A participle or infinitive after a comma is controlled ("said on Saturday, blaming New Delhi"): no subject of its own.
            var before = c.First - 1;
            while (before >= first && d.TagOf(before).IsAdverb()) before--;
            var controlled = c.NonFinite && before >= first && d.TagOf(before) == PosTag.Comma;
            c.Subject = controlled ? TokenRange.None : FindSubject(d, c, first, previousEnd, dates);
            // "went to Syria to fight": a preposition's object is no infinitive's subject ("called for Israel to withdraw" aside).
            if (c.Infinitive && !c.Subject.IsEmpty && c.Subject.First - 1 >= first && d.TagOf(c.Subject.First - 1) is PosTag.IN or PosTag.TO
                && d.LowerOf(c.Subject.First - 1) is not ("for" or "that"))
                c.Subject = TokenRange.None;
            // "Police use tear gas to disperse protesters": the means is no infinitive's subject; the user is (see AttachGovernor).
            if (c.Infinitive && i > 0 && !c.Subject.IsEmpty && clauses[i - 1] is { Passive: false } user && words.InstrumentVerbs.Contains(d.LemmaOf(user.Head))
                && user.Object.Contains(c.Subject.First))
                c.Subject = TokenRange.None;
            // "made the decision to withdraw", "Trump's pledge to pull out": a noun of decision, commitment, intention or attempt
            // before an infinitive is no subject; its possessor is, or else whoever made it (see AttachGovernor).
            // ("The UN Security Council votes to impose": a name's verb read as a noun is no such noun.)
            // ("issues orders to seize": so is a bare plural of one straight after the verb whose object it is.)
            if (c.Infinitive && !c.Subject.IsEmpty && d.TagOf(c.Subject.End - 1).IsNoun() && PlanNoun(d.LemmaOf(c.Subject.End - 1))
                && (c.Subject.End - 2 >= c.Subject.First && d.TagOf(c.Subject.End - 2) is PosTag.DT or PosTag.POS or PosTag.PRPS or PosTag.JJ
                    || c.Subject.End - c.Subject.First == 1 && d.TagOf(c.Subject.First) == PosTag.NNS && c.Subject.First > first && d.TagOf(c.Subject.First - 1).IsVerb()))
            {
                var possessive = Enumerable.Range(c.Subject.First, c.Subject.End - c.Subject.First).FirstOrDefault(t => d.TagOf(t) == PosTag.POS, -1);
                c.Subject = possessive > c.Subject.First ? new TokenRange(c.Subject.First, possessive) : TokenRange.None;
            }
            // "votes 219-212 to reject": a tally is no infinitive's subject; the voters are.
            if (c.Infinitive && !c.Subject.IsEmpty && Enumerable.Range(c.Subject.First, c.Subject.End - c.Subject.First).All(t => d.TagOf(t) is PosTag.CD or PosTag.Colon))
                c.Subject = TokenRange.None;
            // "... and on Wednesday deployed tanks": a prepositional phrase before the verb is no subject.
            if (!c.Subject.IsEmpty && !c.NonFinite && c.Subject.First - 2 >= first && d.TagOf(c.Subject.First - 1) == PosTag.IN
                && d.TagOf(c.Subject.First - 2) == PosTag.CC && d.LowerOf(c.Subject.First - 1) is "on" or "in" or "at" or "by" or "after" or "last" or "later")
            {
                before = c.Subject.First - 2;
                c.Subject = TokenRange.None;
            }
            // "Nicaragua broke off relations with Taiwan and recognised China": the second verb shares the subject.
            // ("Liberman says the nation will keep shooting anybody who approaches the fence, and calls on Hamas": after a comma,
            // not to a relative clause.)
            var afterComma = before - 1 >= first && d.TagOf(before - 1) == PosTag.Comma;
            if (c.Subject.IsEmpty && !c.NonFinite && before >= first && d.TagOf(before) == PosTag.CC && i > 0)
                for (var k = i - 1; k >= 0 && c.Subject.IsEmpty; k--)
                    if (!clauses[k].NonFinite && !(afterComma && IsRestrictiveRelative(d, clauses[k], first)))
                    {
                        // "Israel repeats that the arrest was unfortunate, but refuses to apologise": after a comma, a verb
                        // joined to a that-clause is joined to the verb that clause reports.
                        // So is one joined to a reported clause without its "that" when its tense is the reporting verb's and not the
                        // reported clause's ("Liberman says the nation will maintain its tactics ..., and calls on Hamas"; not "said
                        // officials held meetings ..., but were offered terms").
                        var reported = clauses[k].Subordinator == "that"
                                       || clauses[k].Subordinator is null && clauses[k].Governor is { NonFinite: false } reporter
                                          && d.TagOf(c.Head) == d.TagOf(reporter.Head) && (d.TagOf(c.Head) != d.TagOf(clauses[k].Head) || clauses[k].Modal is not null);
                        var joined = reported && afterComma && Reporting(clauses, k) is { } reporting ? reporting : clauses[k];
                        // "Assad said his troops would liberate the country and warned Kurdish forces": a past verb is joined
                        // to the past verb that reports a clause of another tense, not to that clause.
                        if (d.TagOf(c.Head) == PosTag.VBD && (joined.Modal is not null || !joined.Past) && joined.Governor is { NonFinite: false, Past: true } teller)
                            joined = teller;
                        // "Blinken states that the results do not reflect the will of the people and demands that ...": a present
                        // verb is joined to the verb above that agrees with it in number, not to a present of the other number.
                        if (d.TagOf(c.First) is PosTag.VBZ or PosTag.VBP && d.TagOf(joined.First) is PosTag.VBZ or PosTag.VBP && d.TagOf(joined.First) != d.TagOf(c.First))
                        {
                            // (or to the main clause before, when no verb governs the clause: "has concerns that the results do not".)
                            var above = joined.Governor;
                            while (above is not null && d.TagOf(above.First) != d.TagOf(c.First)) above = above.Governor;
                            above ??= clauses.Take(k).LastOrDefault(m => m is { NonFinite: false, Subordinator: null, Governor: null } && d.TagOf(m.First) == d.TagOf(c.First));
                            if (above is { NonFinite: false }) joined = above;
                        }
                        c.Subject = joined.Subject;
                        // "was stormed and set on fire by protesters": the auxiliary of a passive is shared too.
                        if (joined.Passive && c.First == c.Head && c.Object.IsEmpty && d.TagOf(c.Head) is PosTag.VBD or PosTag.VBN)
                            c.Passive = true;
                    }
            // ("The families of hundreds of civilians who were kidnapped ... have urged": the phrase the relative's noun is in.)
            if (!c.NonFinite && c.Subordinator is null && EmbeddingRelative(d, clauses, i, before, first) is { } embedding)
                c.Subject = WithHeadPhrase(d, embedding.Subject, first);
            else if (!c.NonFinite && c.Subordinator is null && ReducedRelativeBefore(d, sentence, clauses, i) is { } reduced)
                c.Subject = reduced.Subject;
            FillRelativeObject(d, c, first);
            // "no one was wounded", "Nobody has claimed responsibility", "No country recognised the vote": a subject that names
            // nobody negates its verb.
            if (NamesNobody(d, c.Subject)) c.Negated = true;
            if (i > 0 && SharesVerbGroup(d, c, clauses[i - 1], before, first) is { } shared)
            {
                // "would fully accept a peace deal and withdraw its troops", "to hold talks and release prisoners": a bare
                // verb after "and" shares the modal or "to" of the verb it is joined to, and that verb's subject and governor.
                c.Modal = shared.Modal;
                c.Negated = shared.Negated;
                c.Infinitive = shared.Infinitive;
                c.NonFinite = shared.NonFinite;
                c.Past = shared.Past;
                c.Subject = shared.Subject;
                c.Governor = shared.Governor;
                continue;
            }
            if (i > 0) AttachGovernor(d, c, clauses[i - 1], clauses, i);
        }
        FrontedParticiple(d, clauses, first);
        ParentheticalReports(d, clauses, first);
        ReportedParticiples(d, clauses);
        return clauses;
    }

    /// <summary>
    /// "The US, he said, had stabbed Turkey in the back", "The army, officials said, killed 12 militants": a report set off by
    /// commas between a subject and its verb. The speaker is the noun phrase after the first comma; the verb after the second
    /// comma, which the report governs, has the noun phrase before the first.
    /// </summary>
    void ParentheticalReports(Document d, List<Clause> clauses, int first)
    {
        for (var i = 0; i + 1 < clauses.Count; i++)
        {
            var (report, told) = (clauses[i], clauses[i + 1]);
            if (report.NonFinite || report.Subject.IsEmpty || !words.SpeechVerbs.Contains(d.LemmaOf(report.Head))
                || told.NonFinite || !told.Subject.IsEmpty || told.Governor != report || report.End >= d.TokenCount
                || d.TagOf(report.End) != PosTag.Comma)
                continue;
            // ("Russia, he said, merely respected": adverbs between.)
            var verb = report.End + 1;
            verb = d.PastAdverbs(verb, told.First);
            if (told.First != verb) continue;
            var comma = -1;
            for (var t = report.Subject.First; t < report.Subject.End; t++)
                if (d.TagOf(t) == PosTag.Comma) comma = t;
            if (comma < 0 && report.Subject.First - 1 > first && d.TagOf(report.Subject.First - 1) == PosTag.Comma) comma = report.Subject.First - 1;
            if (comma <= first) continue;
            var subject = NounPhraseEndingAt(d, comma - 1, first);
            if (subject.IsEmpty) continue;
            if (comma >= report.Subject.First) report.Subject = new TokenRange(comma + 1, report.Subject.End);
            told.Subject = subject;
        }
    }

    /// <summary>
    /// "Five soldiers were reported killed", "two Pakistani Taliban leaders are confirmed killed in yesterday's airstrikes": a
    /// bare past participle right after a passive verb of saying or knowing is itself passive, and its subject is that verb's.
    /// </summary>
    static void ReportedParticiples(Document d, List<Clause> clauses)
    {
        for (var i = 1; i < clauses.Count; i++)
        {
            var (c, previous) = (clauses[i], clauses[i - 1]);
            if (!previous.Passive || previous.Subject.IsEmpty || !c.Subject.IsEmpty || c.Passive || c.First != c.Head || c.Subordinator is not null
                || d.TagOf(c.Head) is not (PosTag.VBD or PosTag.VBN) || !c.Object.IsEmpty)
                continue;
            var gap = previous.End;
            gap = d.PastAdverbs(gap, c.First);
            if (gap != c.First) continue;
            c.Passive = true;
            c.Subject = previous.Subject;
            c.Governor = previous;
        }
    }

    /// <summary>
    /// "By attacking the Syrian Kurds in Afrin last month, Erdoğan directly challenged the US", "After shelling the town for
    /// a week, Turkish forces entered Afrin": a participle that opens the sentence, alone or after a preposition, is done by
    /// the subject of the clause after its comma.
    /// </summary>
    static void FrontedParticiple(Document d, List<Clause> clauses, int first)
    {
        if (clauses.Count < 2 || clauses[0] is not { NonFinite: true, Subject.IsEmpty: true } opening || d.TagOf(opening.Head) != PosTag.VBG
            || opening.First - first > 1 || opening.First > first && d.TagOf(first) != PosTag.IN)
            return;
        foreach (var main in clauses.Skip(1))
        {
            if (main.NonFinite || main.Subject.IsEmpty) continue;
            var comma = main.Subject.First - 1;
            if (comma > opening.First && d.TagOf(comma) == PosTag.Comma && main.Governor is null) opening.Subject = main.Subject;
            return;
        }
    }

    /// <summary>
    /// The relative clause whose noun phrase a finite main verb belongs to, found after the clause (and what it
    /// governs): "A British man who went to Syria to fight Islamic State has been killed", where the noun phrase
    /// before the verb is the relative clause's object, not the verb's subject; and "Russia, which had granted Turkey
    /// permission to begin the operation, blamed the US", where the comma closing a relative clause on the sentence's
    /// first noun phrase leaves the verb without a subject. Not after a verb of saying or thinking, whose object may
    /// be the next clause's subject ("the man who said the army was attacking").
    /// </summary>
    Clause? EmbeddingRelative(Document d, List<Clause> clauses, int i, int before, int first)
    {
        var c = clauses[i];
        if (c.Subject.IsEmpty)
            return i > 0 && before >= first && d.TagOf(before) == PosTag.Comma && clauses[0] is { Subordinator: "which" or "who" } relative
                   && relative.Subject.First == first && clauses.Take(i).Skip(1).All(k => k.Governor is not null) ? relative : null;
        if (before >= first && d.TagOf(before) is PosTag.CC or PosTag.Comma) return null;
        for (var k = i - 1; k >= 0; k--)
        {
            var inner = clauses[k];
            var lemma = d.LemmaOf(inner.Head);
            // ("A man who had been ordered to stay away from an army office is accused": a verb of saying whose complement is
            // the infinitive after it has no clause for the noun phrase to be the subject of; but a noun phrase after a comma
            // may still be one: "people who were believed to have been involved in the coup, state media reported".)
            if (words.SpeechVerbs.Contains(lemma) || words.DemandVerbs.Contains(lemma) || words.BeliefVerbs.Contains(lemma))
            {
                if (!(k + 1 < i && clauses[k + 1] is { Infinitive: true } complement && complement.Governor == inner)
                    || c.Subject.First - 1 >= first && d.TagOf(c.Subject.First - 1) == PosTag.Comma)
                    return null;
            }
            if (inner.Subordinator is "who" or "which")
                return !inner.Subject.IsEmpty && inner.Subject.End <= inner.First && c.Subject.First > inner.First
                       && !HasBoundary(d, inner.First, c.First) ? inner : null;
            // Only what the relative clause governs lies between it and the verb, and the verbs joined to its own ("civilians
            // who were kidnapped by Islamic State and held in its jails have urged").
            if (inner.Governor is null && !inner.NonFinite && !JoinedToClauseBefore(d, inner, k, first)) return null;
        }
        return null;
    }

    /// <summary>A verb right after "and" or "or" that took its subject from a clause before it.</summary>
    static bool JoinedToClauseBefore(Document d, Clause c, int index, int first) =>
        index > 0 && c.First == c.Head && c.First - 1 >= first && d.LowerOf(c.First - 1) is "and" or "or" && !c.Subject.IsEmpty && c.Subject.End <= c.First - 1;

    /// <summary>
    /// The participle right after its noun whose phrase the finite verb's subject is: "A man arrested in Paris on Monday
    /// was charged", "Soldiers stationed in the region were attacked", "Moroccan activists blockading a Spanish enclave
    /// agree", where the noun phrase before the verb is the participle's object or prepositional object. Only what the
    /// participle governs lies between, and no comma or conjunction, but the commas of a chain of places ("An IED planted by
    /// Al-Shabaab in a restaurant in Karan district, Mogadishu, Somalia, kills at least five people").
    /// </summary>
    static Clause? ReducedRelativeBefore(Document d, Sentence sentence, List<Clause> clauses, int i)
    {
        var c = clauses[i];
        for (var k = i - 1; k >= 0; k--)
        {
            var inner = clauses[k];
            // ("Moroccan activists blockading a Spanish enclave agree to suspend": so does a present participle with its object.)
            if (IsReducedRelative(d, inner))
            {
                // ("two kidnapped Chinese teachers in Quetta, Pakistan, were killed": a participle before its noun describes it.)
                var attributive = inner.Passive && !inner.Object.IsEmpty && inner.Object.First == inner.End;
                for (var t = inner.End; t < c.First; t++)
                    if (d.TagOf(t) is PosTag.CC or PosTag.Colon or PosTag.Punct or PosTag.WDT or PosTag.WP
                        || d.TagOf(t) == PosTag.Comma && (attributive || !InChainOfPlaces(d, sentence, t, c.First)))
                        return null;
                // ("A bomb targeting a bus carrying employees kills": a participle's noun that another participle governs is not
                // the verb's subject; that participle's noun is, if it is one right before its noun, and none is after a comma:
                // "rebels, attending a two-day meeting hosted by Saudi Arabia in Riyadh, agree".)
                for (var j = k - 1; j >= 0 && clauses[j] is { NonFinite: true } outer && outer.Object.Contains(inner.Subject.First); j--)
                {
                    if (!IsReducedRelative(d, outer)) return null;
                    inner = outer;
                }
                return inner;
            }
            if (!inner.NonFinite && inner.Governor is null) return null;
        }
        return null;
    }

    /// <summary>A participle right after its noun: "A man arrested in Paris", "activists blockading a Spanish enclave".</summary>
    static bool IsReducedRelative(Document d, Clause c) =>
        c is { NonFinite: true, Subject.IsEmpty: false } && c.Head == c.First && c.Subject.End == c.First
        && (c.Passive && d.TagOf(c.Head) == PosTag.VBN || !c.Passive && !c.Infinitive && d.TagOf(c.Head) == PosTag.VBG);

    /// <summary>
    /// Whether a subject names nobody: "nobody", "no one", "none of the soldiers", "no country"; not a count ("no fewer than
    /// 20 people", "no more than"). Words of data/words/nobody-words.txt and no-count-words.txt.
    /// </summary>
    bool NamesNobody(Document d, TokenRange subject)
    {
        if (subject.IsEmpty) return false;
        var w = d.LowerOf(subject.First);
        if (words.NobodyWords.Contains(w)) return true;
        if (w != "no" || subject.First + 1 >= subject.End) return false;
        var next = subject.First + 1;
        return !words.NoCountWords.Contains(d.LowerOf(next)) && (d.TagOf(next).IsNoun() || d.TagOf(next).IsAdjective() || d.LowerOf(next) == "one");
    }

    /// <summary>
    /// Whether the comma opens a chain of places that runs to the verb: ", Mogadishu, Somalia," before "kills" ("in a
    /// restaurant in Karan district, Mogadishu, Somalia, kills"), each place after a comma and a comma right before the verb.
    /// </summary>
    static bool InChainOfPlaces(Document d, Sentence sentence, int comma, int verb)
    {
        var t = comma;
        while (t < verb && d.TagOf(t) == PosTag.Comma)
        {
            if (t + 1 == verb) return t > comma || d.MentionsOf(sentence).Any(m => m is PlaceMention && m.End == comma);
            var place = d.MentionsOf(sentence).FirstOrDefault(m => m is PlaceMention && m.First == t + 1);
            if (place is null) return false;
            t = place.End;
        }
        return false;
    }

    /// <summary>The finite clause a that-clause reports: its governor, else the nearest finite main clause before it.</summary>
    static Clause? Reporting(List<Clause> clauses, int k)
    {
        if (clauses[k].Governor is { NonFinite: false } governor) return governor;
        for (var j = k - 1; j >= 0; j--)
            if (!clauses[j].NonFinite && clauses[j].Subordinator is null) return clauses[j];
        return null;
    }

    static Clause? SharesVerbGroup(Document d, Clause c, Clause previous, int before, int first) =>
        (d.TagOf(c.Head) == PosTag.VB || previous.Infinitive && d.TagOf(c.Head).IsVerb() && d.LemmaOf(c.Head) == d.LowerOf(c.Head)) // "to X ... and put"
        && c.First == c.Head && before >= first && d.LowerOf(before) is "and" or "or"
        && (previous.Modal is not null || previous.Infinitive || d.TagOf(previous.Head) is PosTag.VB or PosTag.VBP) && !HasBoundary(d, previous.End, c.First) ? previous : null;

    static bool IsAux(string lemma) => lemma is "be" or "have" or "do" or "get";

    /// <summary>
    /// Whether a clause is a restrictive relative clause, opened by its pronoun with no comma before it: "anybody who approaches
    /// the fence" (not "Turkey, which launched an operation ..., and threatened", whose verbs after the comma go on).
    /// </summary>
    static bool IsRestrictiveRelative(Document d, Clause c, int first)
    {
        var t = c.First - 1;
        while (t >= first && d.TagOf(t).IsAdverb()) t--;
        return t > first && (d.TagOf(t) is PosTag.WP or PosTag.WDT || d.LowerOf(t) is "who" or "which") && d.TagOf(t - 1) != PosTag.Comma;
    }

    /// <summary>An -ing form between a determiner or possessive and its noun: "the stabbing attack", "the remaining 2,000 troops".</summary>
    public static bool IsPrenominalGerund(Document d, int t, int end) =>
        d.TagOf(t) == PosTag.VBG && t > 0 && d.TagOf(t - 1) is PosTag.DT or PosTag.PRPS && t + 1 < end && d.TagOf(t + 1) is PosTag.NN or PosTag.NNS or PosTag.CD;

    static bool StartsVerbGroup(Document d, int t, int end)
    {
        var tag = d.TagOf(t);
        // "urged European countries, including the UK, to repatriate": "including" introduces examples, not a clause.
        if (d.LowerOf(t) is "including" or "excluding") return false;
        // "the suspect of the stabbing attack", "the remaining 2,000 troops": an -ing form between a determiner and its noun
        // describes the noun; it opens no clause.
        if (IsPrenominalGerund(d, t, end)) return false;
        // "killed in shelling by Turkish forces", "after heavy bombing by the regime": an -ing form after a preposition whose
        // doer follows with "by" names the act; it opens no clause, and the "by" phrase stays with the verb before it.
        if (tag == PosTag.VBG && t > 0 && d.TagOf(t - 1) == PosTag.IN && t + 1 < end && d.LowerOf(t + 1) == "by") return false;
        if (tag == PosTag.MD) return true;
        if (tag == PosTag.TO && t + 1 < end && d.TagOf(t + 1) == PosTag.VB) return true;
        if (tag == PosTag.TO && t + 2 < end && d.TagOf(t + 1).IsAdverb() && d.TagOf(t + 2) == PosTag.VB) return true;
        return tag.IsVerb();
    }

    static Clause ReadVerbGroup(Document d, int start, int end)
    {
        var t = start;
        string? modal = null;
        bool negated = false, infinitive = false, sawBe = false, sawHave = false, past = false, finite = false;
        // "votes not to join the coalition", "decided never to return": the negation before an infinitive's "to" is its own.
        if (d.TagOf(start) == PosTag.TO && start > 0 && d.LowerOf(start - 1) is "not" or "never") negated = true;
        var head = start;
        while (t < end)
        {
            var tag = d.TagOf(t);
            var lower = d.LowerOf(t);
            if (tag == PosTag.MD) { modal ??= lower switch { "wo" => "will", "ca" => "can", "'ll" => "will", "'d" => "would", _ => lower }; finite = true; if (lower is "would" or "could" or "might") past = true; }
            else if (tag == PosTag.TO) infinitive = true;
            else if (lower is "not" or "n't" or "never") negated = true;
            else if (tag.IsAdverb() || FloatingQuantifier(d, t, end)) { }
            else if (tag.IsVerb())
            {
                head = t;
                if (tag.IsFiniteVerb()) { finite = true; past |= tag == PosTag.VBD; }
                var lemma = d.LemmaOf(t);
                var next = NextNonAdverb(d, t + 1, end);
                var continues = next < end && (d.TagOf(next).IsVerb() || d.TagOf(next) == PosTag.TO && lemma == "have");
                if (IsAux(lemma) && continues)
                {
                    sawBe |= lemma is "be" or "get";
                    sawHave |= lemma == "have";
                    if (lemma == "have" && d.TagOf(next) == PosTag.TO) { t = next; continue; }
                    t++;
                    continue;
                }
                t++;
                break;
            }
            else break;
            t++;
        }
        var headTag = d.TagOf(head);
        // Particles belong to the verb: "shot down", "called on".
        var groupEnd = Math.Max(t, head + 1);
        while (groupEnd < end && d.TagOf(groupEnd) == PosTag.RP) groupEnd++;
        return new Clause
        {
            First = start, Head = head, End = groupEnd, Modal = modal, Negated = negated, Infinitive = infinitive,
            // ("they were all killed": a past form after "be" is its participle, whatever the tagger made of it.)
            Passive = headTag == PosTag.VBN && (sawBe || !sawHave && !finite) || headTag == PosTag.VBD && sawBe && head > start,
            Perfect = sawHave,
            Past = past,
            NonFinite = !finite && (infinitive || headTag is PosTag.VBG or PosTag.VBN || headTag == PosTag.VB && modal is null),
        };
    }

    static int NextNonAdverb(Document d, int t, int end)
    {
        while (t < end && (d.TagOf(t).IsAdverb() || d.LowerOf(t) is "not" or "n't" || FloatingQuantifier(d, t, end))) t++;
        return t;
    }

    /// <summary>
    /// "The US, Britain and France have all strongly criticised", "the two sides have both agreed": a quantifier of the
    /// subject standing inside the verb group, after an auxiliary and before the rest of the group (not "have all the power").
    /// </summary>
    static bool FloatingQuantifier(Document d, int t, int end)
    {
        if (d.LowerOf(t) is not ("all" or "both" or "each") || t == 0 || !(d.TagOf(t - 1) == PosTag.MD || d.TagOf(t - 1).IsVerb() && IsAux(d.LemmaOf(t - 1))))
            return false;
        var next = d.PastAdverbs(t + 1, end);
        return next < end && d.TagOf(next).IsVerb();
    }

    /// <summary>
    /// The last word of the subject before a short aside in brackets that closes at <paramref name="close"/> ("Federal Security
    /// Service (FSB) officers"), or null when no subject word stands before its opening bracket.
    /// </summary>
    static int? BeforeAsideInSubject(Document d, int close, int sentenceStart) =>
        OpeningBracket(d, close, sentenceStart, 5) is { } open && open > sentenceStart && IsSubjectWord(d, open - 1) ? open - 1 : null;

    /// <summary>
    /// The nearest opening bracket before the closing one at <paramref name="close"/>, at most <paramref name="within"/> tokens
    /// back and not before the sentence, or null.
    /// </summary>
    static int? OpeningBracket(Document d, int close, int sentenceStart, int within)
    {
        for (var t = close - 1; t >= sentenceStart && t >= close - within; t--)
            if (d.TagOf(t) == PosTag.Open) return t;
        return null;
    }

    string? FindSubordinator(Document d, int from, int to)
    {
        for (var t = to - 1; t >= from && t >= 0; t--)
        {
            var lower = d.LowerOf(t);
            // ("if that army's advantage is neutralized": the subordinator before a determiner "that" is the clause's.)
            if (lower == "that" && d.TagOf(t) == PosTag.DT && t - 1 >= from && words.Subordinators.Contains(d.LowerOf(t - 1))) continue;
            if (words.Subordinators.Contains(lower) && (lower != "that" || d.TagOf(t) is PosTag.IN or PosTag.WDT or PosTag.DT)) return lower;
            if (d.TagOf(t) is PosTag.Colon or PosTag.Punct) return null;
        }
        return null;
    }

    /// <summary>Whether a token can be part of a noun phrase chunk.</summary>
    public static bool IsNominal(Document d, int t)
    {
        var tag = d.TagOf(t);
        return tag.IsNoun() || tag.IsAdjective() || tag is PosTag.DT or PosTag.PDT or PosTag.PRPS or PosTag.CD or PosTag.POS
            or PosTag.PRP or PosTag.Hyphen or PosTag.Dollar || (tag is PosTag.VBN or PosTag.VBG && t > 0 && d.TagOf(t - 1) is PosTag.DT or PosTag.JJ or PosTag.PRPS);
    }

    /// <summary>The noun phrase starting at <paramref name="t"/>, with coordinated phrases ("X and Y", "X, Y and Z").</summary>
    public static TokenRange ReadNounPhrase(WordLists words, Document d, int t, int limit)
    {
        var start = t;
        var quoted = false;
        // ("extradited to Austria a Ukrainian man": a determiner after a noun opens a second phrase.)
        while (t < limit && (IsNominal(d, t) || QuoteInside(t)) && (d.TagOf(t) != PosTag.PRP || t == start)
               && !(t > start && d.TagOf(t) == PosTag.DT && d.TagOf(t - 1).IsNoun() && d.LowerOf(t) is "a" or "an" or "the"))
        { t++; if (d.TagOf(t - 1) == PosTag.PRP) break; }
        // A quotation inside a noun phrase: 'a "complete siege" of Gaza'.
        bool QuoteInside(int q)
        {
            if (d.TagOf(q) != PosTag.Quote || q == start) return false;
            if (quoted) { quoted = false; return true; }
            if (q + 1 < limit && IsNominal(d, q + 1) && d.TagOf(q - 1) is PosTag.DT or PosTag.JJ or PosTag.PRPS or PosTag.POS) { quoted = true; return true; }
            return false;
        }
        if (t == start) return TokenRange.None;
        // Coordination: "Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo".
        // "US, British and French forces": capitalised adjectives of nationality continue a list too.
        while (t + 1 < limit && (d.LowerOf(t) is "and" || (d.TagOf(t) == PosTag.Comma && t + 2 < limit && IsNominal(d, t + 1) && d.TagOf(t + 1) != PosTag.DT
                                                          && (d.TagOf(t + 1).IsProperNoun() || d.TagOf(t + 1).IsAdjective() && char.IsUpper(d.TextOf(t + 1)[0]))))
               && IsNominal(d, t + 1) && d.TagOf(t + 1) != PosTag.PRP)
        {
            var next = t + 1;
            while (next < limit && IsNominal(d, next)) next++;
            // "struck Iran's nuclear sites overnight, Donald Trump said": a speaker after a comma is not in the list.
            // The speaker's verb may already lie past the limit, where its own clause begins.
            if (d.TagOf(t) == PosTag.Comma && IsSpeakerVerb(words, d, next)) break;
            // "was ousted by a military junta, Erdoğan all but declared war": a name after a comma that neither goes on to
            // "and" or "or" nor is itself closed by a comma or the sentence's end starts the next clause.
            if (d.TagOf(t) == PosTag.Comma && !d.TagOf(t - 1).IsAdjective() && !ListGoesOn(d, next, limit)
                && !(next >= d.TokenCount || d.TagOf(next) is PosTag.Comma or PosTag.Punct))
                break;
            t = next;
        }
        // "the head of the agency": an "of" phrase belongs to its noun.
        if (t + 1 < limit && d.LowerOf(t) == "of" && IsNominal(d, t + 1) && d.TagOf(t + 1) != PosTag.PRP)
        {
            var inner = ReadNounPhrase(words, d, t + 1, limit);
            if (!inner.IsEmpty) t = inner.End;
        }
        return new TokenRange(start, t);
    }

    /// <summary>Whether "and" or "or" follows, past more items of a comma-separated list, before anything else.</summary>
    static bool ListGoesOn(Document d, int t, int limit)
    {
        for (; t < limit && t < d.TokenCount; t++)
        {
            if (d.LowerOf(t) is "and" or "or") return true;
            if (d.TagOf(t) != PosTag.Comma && !IsNominal(d, t) && d.LowerOf(t) is not "of") return false;
        }
        return false;
    }

    TokenRange ReadObject(Document d, Clause c)
    {
        var t = c.End;
        // ("has \"serious concerns\"": the object may open a quotation.)
        while (t < c.Limit && (d.TagOf(t).IsAdverb() || d.TagOf(t) == PosTag.Quote && t + 1 < c.Limit && IsNominal(d, t + 1))) t++;
        // "kill at least 17 soldiers", "expel over 100 Russian diplomatic staff", "killed more than 100 people": words that
        // count the object open no phrase.
        t += CountingWords(d, t, c.Limit);
        if (t >= c.Limit || !IsNominal(d, t) || d.TagOf(t) == PosTag.POS) return TokenRange.None;
        if (d.LowerOf(t) == "that" && d.TagOf(t) == PosTag.IN) return TokenRange.None;
        return ReadNounPhrase(words, d, t, c.Limit);
    }

    /// <summary>
    /// How many words at a token count the noun phrase after them rather than open a phrase of their own: "at least 17
    /// soldiers", "at least a dozen", "more than 100 people", "over 100 Russian diplomatic staff", "about 50 protesters"
    /// (a word of data/words/approximators.txt before a number); 0 when none do.
    /// </summary>
    int CountingWords(Document d, int t, int limit)
    {
        if (t + 2 < limit && d.LowerOf(t) == "at" && d.LowerOf(t + 1) is "least" or "most" && IsNominal(d, t + 2)) return 2;
        if (t + 2 < limit && d.LowerOf(t) is "more" or "fewer" or "less" && d.LowerOf(t + 1) == "than" && d.TagOf(t + 2) == PosTag.CD) return 2;
        // ("released up to 50 prisoners": "up", an adverb, is behind.)
        if (t + 1 < limit && t > 0 && d.LowerOf(t) == "to" && d.LowerOf(t - 1) == "up" && d.TagOf(t - 1) == PosTag.RB && d.TagOf(t + 1) == PosTag.CD) return 1;
        // (Not a span of time: "killed over 48 hours".)
        if (t + 1 < limit && d.TagOf(t) == PosTag.IN && words.Approximators.Contains(d.LowerOf(t)) && d.TagOf(t + 1) == PosTag.CD
            && !(t + 2 < limit && words.TimePhraseWords.Contains(d.LemmaOf(t + 2))))
            return 1;
        return 0;
    }

    void ReadPreps(Document d, Clause c)
    {
        for (var t = c.End; t < c.Limit; t++)
        {
            var tag = d.TagOf(t);
            if (tag is not (PosTag.IN or PosTag.TO or PosTag.RP) || t + 1 >= c.Limit) continue;
            var lower = d.LowerOf(t);
            if (lower is "that" or "whether" or "if" or "because" or "while" or "unless") break;
            // ("kill at least 17 soldiers": the verb's object, see ReadObject.)
            if (CountingWords(d, t, c.Limit) is > 0 and var counting) { t += counting - 1; continue; }
            var objectStart = t + 1;
            // "killed in at least 18 Israeli airstrikes".
            objectStart += CountingWords(d, objectStart, c.Limit);
            // "off the coast of South Carolina", "on the sidelines of the G20 summit"
            var np = ReadNounPhrase(words, d, objectStart, c.Limit);
            if (np.IsEmpty) continue;
            c.Preps.Add(new PrepPhrase(lower, t, np));
            t = Math.Max(t, objectStart - 1);
        }
    }

    TokenRange FindSubject(Document d, Clause c, int sentenceStart, int previousEnd, List<DateMention> dates)
    {
        var t = c.First - 1;
        while (t >= sentenceStart && (d.TagOf(t).IsAdverb() || d.TagOf(t) == PosTag.Close))
        {
            // "Senator Lindsey Graham (R-S.C.) is condemning": an aside in round brackets before the verb is stepped over
            // whole ("the foreign secretary [Boris Johnson] to urge": square ones name the subject).
            if (d.TextOf(t) is ")" && OpeningBracket(d, t, sentenceStart, 8) is { } open && d.TextOf(open) is "(") t = open;
            t--;
        }
        // "Chen Gang this week met", "Erdoğan on Monday night rejected": a date between the subject and its verb is stepped
        // over, with its preposition and a time of day after it.
        if (t > sentenceStart && words.TimePhraseWords.Contains(d.LowerOf(t)) && dates.Any(m => m.End == t)) t--;
        if (t >= sentenceStart && dates.FirstOrDefault(m => m.First <= t && t < m.End) is { } between && between.First > sentenceStart)
        {
            t = between.First - 1;
            while (t >= sentenceStart && (d.TagOf(t).IsAdverb() || d.LowerOf(t) is "on" or "at" or "in" or "during" or "early" or "late")) t--;
        }
        if (t < sentenceStart) return TokenRange.None;
        var lower = d.LowerOf(t);
        if (d.TagOf(t) is PosTag.WDT or PosTag.WP || lower is "which" or "who" or "that")
        {
            // A relative clause's subject is the noun phrase the pronoun follows: "a balloon, which prompted".
            return ActNotPlace(d, t, Antecedent(d, t, sentenceStart), sentenceStart);
        }
        if (d.TagOf(t) == PosTag.Comma) t = SkipApposition(d, t, sentenceStart);
        else if (IsDash(d, t)) t = SkipDashedAside(d, t, sentenceStart);
        if (t < sentenceStart || !IsNominal(d, t)) return TokenRange.None;
        if (d.TagOf(t) == PosTag.PRP) return new TokenRange(t, t + 1);

        // Walk back over the subject: nouns, "and", "of", and comma-separated list items or appositions
        // ("Ethiopia's prime minister, Abiy Ahmed, and Eritrean President Isaias Afwerki agreed"), but not
        // over a comma that closes an introductory phrase ("In Bali, on the sidelines of the summit, the leaders agreed").
        var k = t;
        var nearest = -1; // the comma of the list nearest the verb, once the walk has passed it
        while (k >= sentenceStart)
        {
            // "On April 22, 1979 Kuntar and his team broke in": a date before the subject is not part of it.
            if (dates.Any(m => m.First <= k && k < m.End)) break;
            // "the way the UK investigated the incident", "the man the police arrested": a determiner right after a common
            // noun opens the subject of a relative clause with no pronoun; the noun before it is not part of that subject.
            if (k < t && d.TagOf(k) is PosTag.NN or PosTag.NNS && d.TagOf(k + 1) == PosTag.DT) break;
            if (IsSubjectWord(d, k)) { k--; continue; }
            // "Federal Security Service (FSB) officers kill": a short aside in brackets inside the subject.
            if (d.TagOf(k) == PosTag.Close && k < t)
            {
                if (BeforeAsideInSubject(d, k, sentenceStart) is { } before) { k = before; continue; }
                break;
            }
            if (d.TagOf(k) != PosTag.Comma) break;
            var j = k - 1;
            while (j >= sentenceStart)
            {
                if (IsSubjectWord(d, j)) { j--; continue; }
                // ("Islamic Revolutionary Guard Corps (IRGC) commander Mohammad Pakpour, and ...": and inside a list item.)
                if (d.TagOf(j) == PosTag.Close && j < k - 1 && BeforeAsideInSubject(d, j, sentenceStart) is { } before) { j = before; continue; }
                break;
            }
            // "A bombing ... at a mosque in Quetta, Balochistan, Pakistan, kills": names of places after a preposition, in
            // commas, belong to the phrase they place, whose head is the subject.
            if (j > sentenceStart && j < k - 1 && words.LocativePrepositions.Contains(d.LowerOf(j))
                && Enumerable.Range(j + 1, k - j - 1).All(x => IsPlace(d, x)) && IsPlace(d, t) && IsNominal(d, j - 1) && d.TagOf(j - 1) != PosTag.PRP)
            {
                k = j;
                break;
            }
            // "At Arusha, Tanzania, President Buyoya and Pierre Nkurunziza signed": places after an opening preposition set the
            // scene; the subject starts after them.
            if (j >= sentenceStart && j < k - 1 && d.TagOf(j) is PosTag.IN && (j == sentenceStart || d.TagOf(j - 1) == PosTag.Comma) && nearest > k
                && Enumerable.Range(j + 1, nearest - j - 1).All(x => d.TagOf(x) == PosTag.Comma || IsPlace(d, x)))
            {
                k = nearest;
                break;
            }
            if (j == k - 1 || (j >= sentenceStart && d.TagOf(j) != PosTag.Comma)) break;
            if (nearest < 0) nearest = k;
            k = j;
        }
        var np = new TokenRange(k + 1, t + 1);
        if (d.LowerOf(np.First) is "and" or "of") np = new TokenRange(np.First + 1, np.End);
        // "a delegation led by X flew": the participle phrase modifies the noun before it.
        if (ModifiedByParticiple(d, np, sentenceStart) is { } modified) np = modified;
        // "Officials in Lagos said", "The Israeli ambassador to Canada, Alan Baker, criticises": skip the prepositional
        // modifier to reach the head phrase.
        var headed = WithHeadPhrase(d, np, sentenceStart);
        // ("An IED planted by Al-Shabaab in a restaurant in Mogadishu, Somalia, kills": and the participle before the phrases.)
        if (headed.First < np.First && ModifiedByParticiple(d, headed, sentenceStart) is { } described) headed = described;
        return headed;
    }

    /// <summary>
    /// The noun phrase with the phrases its prepositional modifier hangs from: "Officials in Lagos", "The families of hundreds
    /// of civilians" for "civilians".
    /// </summary>
    TokenRange WithHeadPhrase(Document d, TokenRange np, int sentenceStart)
    {
        while (!np.IsEmpty && np.First - 1 > sentenceStart
               && (d.TagOf(np.First - 1) == PosTag.IN && !words.Subordinators.Contains(d.LowerOf(np.First - 1)) || d.TagOf(np.First - 1) == PosTag.TO)
               && IsNominal(d, np.First - 2) && d.TagOf(np.First - 2) != PosTag.PRP)
        {
            var head = NounPhraseEndingAt(d, np.First - 2, sentenceStart);
            if (head.IsEmpty) break;
            np = new TokenRange(head.First, np.End);
        }
        return np;
    }

    /// <summary>Whether a place the gazetteer knows is named at the token.</summary>
    public static bool IsPlace(Document d, int t)
    {
        for (var i = d.Mentions.Count - 1; i >= 0 && d.Mentions[i].End > t - 60; i--)
            if (d.Mentions[i] is PlaceMention m && m.First <= t && t < m.End) return true;
        return false;
    }

    /// <summary>"a delegation led by X": the noun phrase a passive participle and its "by" phrase describe, or none.</summary>
    static TokenRange? ModifiedByParticiple(Document d, TokenRange np, int sentenceStart) =>
        !np.IsEmpty && np.First - 2 > sentenceStart && d.LowerOf(np.First - 1) == "by" && d.TagOf(np.First - 2) == PosTag.VBN
        && NounPhraseEndingAt(d, np.First - 3, sentenceStart) is { IsEmpty: false } modified ? modified : null;

    /// <summary>
    /// "yesterday's double bombing in Kerman, Iran, which killed 103 people": a place named after an act does not kill or
    /// wound; the subject of a relative clause of harm after it is the act (data/words/attack-nouns.txt) named before the
    /// place's preposition.
    /// </summary>
    TokenRange ActNotPlace(Document d, int pronoun, TokenRange np, int sentenceStart)
    {
        if (np.IsEmpty || pronoun + 1 >= d.TokenCount || !words.HarmWords.Contains(d.LemmaOf(pronoun + 1))) return np;
        for (var i = np.First; i < np.End; i++)
            if (!d.TagOf(i).IsProperNoun()) return np;
        var t = BeforePlaceNames(d, np.First - 1, sentenceStart, words);
        if (t <= sentenceStart || !words.LocativePrepositions.Contains(d.LowerOf(t))) return np;
        // The act may be named one phrase further back: "the attack on Tunisia's presidential guard in Tunis that killed".
        for (var hop = 0; hop < 2 && t > sentenceStart; hop++)
        {
            var act = NounPhraseEndingAt(d, t - 1, sentenceStart);
            if (act.IsEmpty) return np;
            if (words.AttackNouns.Contains(d.LemmaOf(act.End - 1))) return act;
            t = act.First - 1;
            if (t <= sentenceStart || d.TagOf(t) is not (PosTag.IN or PosTag.TO)) return np;
        }
        return np;
    }

    /// <summary>
    /// From <paramref name="t"/> back over a run of place names, the commas between them and the words that name a part of a
    /// place ("on Kyiv, Ukraine", "in southern Afghanistan", "in Kerman, Iran,"): the token before the run, or <paramref name="limit"/>.
    /// </summary>
    public static int BeforePlaceNames(Document d, int t, int limit, WordLists words)
    {
        while (t > limit && (d.TagOf(t).IsProperNoun() || d.TagOf(t) == PosTag.Comma || words.IsPartOfPlaceModifier(d.LowerOf(t)))) t--;
        return t;
    }

    /// <summary>The noun phrase a relative pronoun refers to: "a balloon, which", "Turkey – which", "Salman, whom".</summary>
    static TokenRange Antecedent(Document d, int pronoun, int sentenceStart)
    {
        var back = pronoun - 1;
        if (back >= sentenceStart && d.TagOf(back) is PosTag.IN or PosTag.TO && d.LowerOf(back) is not "that") back--; // "with whom"
        if (back >= sentenceStart && (d.TagOf(back) == PosTag.Comma || d.LowerOf(back) is "–" or "—" or "-")) back--;
        return NounPhraseEndingAt(d, back, sentenceStart);
    }

    /// <summary>
    /// "whom Turkey accuses of", "the deal which Trump abandoned", "with whom Ankara has fought": in a relative
    /// clause with its own subject, the antecedent is the verb's object or the preposition's.
    /// </summary>
    static void FillRelativeObject(Document d, Clause c, int sentenceStart)
    {
        if (c.Subject.IsEmpty) return;
        var pronoun = c.Subject.First - 1;
        if (pronoun < sentenceStart) return;
        var lower = d.LowerOf(pronoun);
        if (!(lower is "whom" or "which" || lower == "that" && d.TagOf(pronoun) == PosTag.WDT)) return;
        var antecedent = Antecedent(d, pronoun, sentenceStart);
        if (antecedent.IsEmpty) return;
        if (pronoun - 1 >= sentenceStart && d.TagOf(pronoun - 1) == PosTag.IN)
            c.Preps.Add(new PrepPhrase(d.LowerOf(pronoun - 1), pronoun - 1, antecedent));
        else if (c.Object.IsEmpty && !c.Passive)
            c.Object = antecedent;
    }

    static bool IsSubjectWord(Document d, int t) =>
        (IsNominal(d, t) && d.TagOf(t) != PosTag.PRP) || d.LowerOf(t) is "and" or "of" or "or";

    /// <summary>"Li Shangfu, its defence minister, said": from the comma before the verb back past the apposition.</summary>
    static int SkipApposition(Document d, int comma, int sentenceStart)
    {
        var open = comma - 1;
        var relative = false;
        while (open >= sentenceStart && open > comma - 15 && d.TagOf(open) != PosTag.Comma)
        {
            // ("Pierre Nkurunziza, leader of the Forces for the Defense of Democracy (FDD), signed": past a bracketed abbreviation.)
            if (d.TagOf(open) == PosTag.Close && OpeningBracket(d, open, sentenceStart, 4) is { } bracket)
            {
                open = bracket - 1;
                continue;
            }
            if (!(IsSubjectWord(d, open) || d.TagOf(open) is PosTag.WP or PosTag.WDT || d.TagOf(open).IsVerb() || d.TagOf(open) is PosTag.IN or PosTag.TO or PosTag.RB))
                break;
            relative |= d.TagOf(open) is PosTag.WP or PosTag.WDT;
            open--;
        }
        // Verbs inside the commas are allowed only in a relative clause: "The official, who spoke on condition of anonymity, said";
        // or in a participle phrase that opens the aside: "UK defence and foreign ministers, habitually inclined to keep
        // differences out of public sight, openly criticised" (its participle read as a past tense or not).
        var participle = open + 1;
        participle = d.PastAdverbs(participle, comma);
        var participial = participle < comma && (d.TagOf(participle) is PosTag.VBN or PosTag.VBG
                                                 || d.TagOf(participle) == PosTag.VBD && d.LowerOf(participle).EndsWith("ed", StringComparison.Ordinal));
        if (!relative)
            for (var k = open + 1; k < comma; k++)
                if (d.TagOf(k).IsFiniteVerb() && !(participial && k == participle)) return -1;
        return open >= sentenceStart && d.TagOf(open) == PosTag.Comma && open < comma - 1 ? open - 1 : -1;
    }

    /// <summary>Pairs of dashes with at most eight words between them, each enclosing an aside.</summary>
    static List<(int Open, int Close)> DashedAsides(Document d, int first, int end)
    {
        var asides = new List<(int, int)>();
        var open = -1;
        for (var t = first; t < end; t++)
        {
            if (!IsDash(d, t)) continue;
            if (open >= 0 && t - open <= 9) { asides.Add((open, t)); open = -1; }
            else open = t;
        }
        return asides;
    }

    /// <summary>A dash between words: "–", "—", "-" or "--" standing alone.</summary>
    public static bool IsDash(Document d, int t) => d.LowerOf(t) is "–" or "—" or "-" or "--";

    /// <summary>
    /// "Jack Letts – dubbed “Jihadi Jack” – was captured": from the dash before the verb back past the aside between two
    /// dashes to the word before it; -1 when no opening dash comes first.
    /// </summary>
    static int SkipDashedAside(Document d, int dash, int sentenceStart)
    {
        for (var open = dash - 2; open > sentenceStart && open > dash - 30; open--)
            if (IsDash(d, open)) return open - 1;
        return -1;
    }

    static TokenRange NounPhraseEndingAt(Document d, int last, int sentenceStart)
    {
        if (last < sentenceStart || !IsNominal(d, last)) return TokenRange.None;
        if (d.TagOf(last) == PosTag.PRP) return new TokenRange(last, last + 1); // "told Washington it is": the pronoun alone
        var t = last;
        while (t - 1 >= sentenceStart && (IsNominal(d, t - 1) || (d.LowerOf(t - 1) == "and" && t - 2 >= sentenceStart && IsNominal(d, t - 2))))
        {
            if (d.TagOf(t - 1) == PosTag.PRP && t - 1 != last) break;
            t--;
        }
        if (d.LowerOf(t) == "and") t++;
        return new TokenRange(t, last + 1);
    }

    /// <summary>
    /// A noun phrase without what a preposition or a comma adds to it: "the head of the UN mission" is "the head", "Officials
    /// in Lagos" "Officials".
    /// </summary>
    public static TokenRange OwnPhrase(Document d, TokenRange phrase)
    {
        var end = phrase.First;
        while (end < phrase.End && d.TagOf(end) is not (PosTag.IN or PosTag.TO or PosTag.Comma)) end++;
        return new TokenRange(phrase.First, end);
    }

    /// <summary>
    /// The head of a noun phrase: its last noun before a preposition or a comma ("clashes" in "clashes between police and
    /// fans", "letter" in "a letter to the minister", "zone" in "the battle zone").
    /// </summary>
    public static int? HeadNoun(Document d, TokenRange phrase)
    {
        int? head = null;
        var own = OwnPhrase(d, phrase);
        for (var t = own.First; t < own.End; t++)
            if (d.TagOf(t).IsNoun()) head = t;
        return head;
    }

    void AttachGovernor(Document d, Clause c, Clause previous, List<Clause> clauses, int index)
    {
        var between = c.First - previous.End;
        var isComplement = c.NonFinite && between <= 8 && !HasBoundary(d, previous.End, c.First);
        // "demanded that Nato halt its expansion", "demanded the Syrian leader resign": a demand's clause is its content; so is
        // a denial's (see DeniedClause).
        var governing = d.LemmaOf(previous.Head);
        var isReported = !c.NonFinite && (words.SpeechVerbs.Contains(governing) || words.DemandVerbs.Contains(governing) || DeniedClause(d, c, previous))
                         && between <= 8 && !HasBoundary(d, previous.End, c.First) && c.Subordinator is null or "that"
                         && !IsRestrictiveRelative(d, c, previous.First)
                         // ("refuses to acknowledge defeat and calls for a recount": a finite verb joined by "and" after an
                         // infinitive is the subject's next act, not what the infinitive reports.)
                         && !(previous.NonFinite && c.First == c.Head && c.First > 0 && d.TagOf(c.First - 1) == PosTag.CC);
        if (isComplement || isReported) c.Governor = previous;
        // "issued a statement urging Israel to", "send a letter to U.S. attorney general Eric Holder with seven detailed questions
        // requesting": the participle after a text the governing verb issued (and the phrases that say to whom and with what)
        // is its author's act.
        bool IsText(int t) => previous.Object.Contains(t) && words.StatementNouns.Contains(d.LemmaOf(t));
        if ((c.Governor ?? previous) == previous && c.NonFinite && d.TagOf(c.Head) == PosTag.VBG && !c.Subject.IsEmpty && !previous.Subject.IsEmpty && !previous.Passive
            && (IsText(c.Subject.End - 1) || IsText(OwnPhrase(d, c.Subject).End - 1)))
        {
            c.Subject = previous.Subject;
            c.Governor = previous;
        }
        // "adopts a resolution that demands an immediate stop": so does the verb of a relative clause on a text its subject
        // authored (words/authoring-verbs.txt; not "vetoes a resolution that calls for a ceasefire").
        if (!c.NonFinite && c.Subordinator is "that" or "which" && !c.Subject.IsEmpty && c.Subject.End == previous.Object.End && c.Subject.End == c.First - 1
            && words.StatementNouns.Contains(d.LemmaOf(c.Subject.End - 1)) && words.AuthoringVerbs.Contains(d.LemmaOf(previous.Head))
            && !previous.Subject.IsEmpty && !previous.Passive)
            c.Subject = previous.Subject;
        // "criticised Britain's decision to exclude Huawei, accusing London of ...": a participle after a comma depends on
        // the last finite verb, not on an infinitive in between; so does one with its own subject after "with" ("agreed to
        // normalise relations, with Belgrade promising to recognise Kosovo's passports").
        var opening = c.Start;
        if (opening > 1 && d.LowerOf(opening - 1) == "with" && !c.Subject.IsEmpty) opening--;
        if (c.NonFinite && d.TagOf(c.Head) == PosTag.VBG && opening > 0 && d.TagOf(opening - 1) == PosTag.Comma && previous.NonFinite)
            for (var k = index - 1; k >= 0; k--)
                if (!clauses[k].NonFinite) { c.Governor = clauses[k]; break; }
        if (!c.Subject.IsEmpty || !c.NonFinite) return;

        // An infinitive or participle's subject: the governor's object for verbs like "urge", else its subject.
        var governor = c.Governor ?? previous;
        if (words.ObjectControlVerbs.Contains(d.LemmaOf(governor.Head)) && !governor.Object.IsEmpty && c.Infinitive)
            c.Subject = governor.Object;
        else
        {
            var g = governor;
            while (g.Subject.IsEmpty && g.Governor is not null) g = g.Governor;
            c.Subject = g.Subject;
            if (c.Subject.IsEmpty)
                for (var k = index - 1; k >= 0 && c.Subject.IsEmpty; k--) c.Subject = clauses[k].Subject;
        }
    }

    /// <summary>
    /// "the militants denied they had detained her husband", "denies reports that Israel is negotiating with Hamas": the clause
    /// with its own subject after a verb of denial, with "that" or straight after the verb, is what is denied. Not "denied
    /// entry and deported an activist" (a verb sharing the subject), "He denies the offences and the case is transferred"
    /// (a clause joined by "and"), "The request was denied on the grounds that" (a passive denial), nor "His decision to
    /// dismiss his former cabinet has been condemned" (an infinitive's object is no clause's subject).
    /// </summary>
    bool DeniedClause(Document d, Clause c, Clause previous)
    {
        if (!words.DenialVerbs.Contains(d.LemmaOf(previous.Head)) || previous.Passive || previous.Infinitive || previous.Subject.IsEmpty) return false;
        if (c.Subject.IsEmpty || c.Subject.First <= previous.Head) return false;
        for (var t = previous.Head + 1; t < (c.Subordinator is null ? c.First : c.Subject.First); t++)
            if (d.TagOf(t) == PosTag.CC) return false;
        return c.Subordinator == "that" || c.Subordinator is null && c.Subject.First == previous.Head + 1;
    }

    bool PlanNoun(string lemma) =>
        words.DecisionNouns.Contains(lemma) || words.CommitmentNouns.Contains(lemma) || words.IntentionNouns.Contains(lemma) || words.AttemptNouns.Contains(lemma);

    static bool HasBoundary(Document d, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (d.TagOf(t) is PosTag.Punct or PosTag.Colon || d.LowerOf(t) is "but" or "because" or "while" or "although") return true;
        return false;
    }

    /// <summary>Verbs whose infinitive is their content ("agreed to withdraw", "urged Israel to halt"), not a purpose.</summary>
    public static bool TakesInfinitive(WordLists words, string lemma) => words.ObjectControlVerbs.Contains(lemma) || words.InfinitiveVerbs.Contains(lemma);

    /// <summary>A verb of saying or thinking at the token ("..., the State Department said").</summary>
    public static bool IsSpeakerVerb(WordLists words, Document d, int t) => t < d.TokenCount && d.TagOf(t).IsVerb() && words.SpeechVerbs.Contains(d.LemmaOf(t));
}
