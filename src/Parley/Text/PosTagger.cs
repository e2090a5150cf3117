using System.Globalization;
using Parley.Model;

namespace Parley.Text;

/// <summary>
/// Stage 4: tags each token with a Penn Treebank part of speech and its lemma. Candidate tags come
/// from the lexicon (most frequent first) or from word shape; a left-to-right pass then picks
/// among them with contextual rules in the manner of Brill's tagger. When a trained model is given
/// (<see cref="PerceptronTagger"/>, data/models/tagger.tsv) it chooses the tags instead.
/// </summary>
public sealed class PosTagger(Lexicon lexicon, Lemmatizer lemmatizer, WordLists words, PerceptronTagger? model = null)
{
    static readonly PosTag[] ProperNoun = [PosTag.NNP];
    static readonly PosTag[] PluralProperNoun = [PosTag.NNPS];
    static readonly PosTag[] PluralOrSingularProperNoun = [PosTag.NNPS, PosTag.NNP];
    static readonly PosTag[] Number = [PosTag.CD];

    public void Tag(Document document, Sentence sentence, bool useModel = true)
    {
        var first = sentence.FirstToken;
        var end = sentence.EndToken;
        Span<PosTag> chosen = stackalloc PosTag[end - first];
        var candidates = new PosTag[end - first][];
        for (var t = first; t < end; t++)
            candidates[t - first] = Candidates(document, t, t == first || IsQuoteOpen(document, t - 1, first));

        for (var t = first; t < end; t++)
        {
            var i = t - first;
            var options = candidates[i];
            chosen[i] = options.Length == 1 ? options[0] : Choose(document, t, first, end, options, chosen, candidates);
        }
        if (model is not null && useModel)
        {
            // The trained model decides, knowing what the rules chose.
            var words = new string[end - first];
            for (var t = first; t < end; t++) words[t - first] = document.TextOf(t).ToString();
            model.Tag(words, chosen.ToArray(), chosen);
        }
        AgreeAcrossAnd(document, first, chosen, candidates);
        PluralSubjectBeforeItsVerb(document, first, chosen, candidates);
        VerbOfAVerblessSentence(document, first, chosen, candidates);
        VerbOfAVerblessClause(document, first, chosen, candidates);
        ReducedRelatives(document, first, chosen, candidates);
        NounBeforeItsPastVerb(document, first, chosen, candidates);
        ModifierOfAPluralSubject(document, first, chosen, candidates);
        AdjectiveBeforeAGerundSubject(chosen, candidates);
        TestBeforeItsVerb(document, first, chosen, candidates);
        UpToANumber(document, first, chosen);
        AdverbInsideTheVerbGroup(document, first, chosen, candidates);
        PluralPossessive(document, first, chosen);
        VerbAfterRelativeThat(document, first, chosen, candidates);
        PresentTenseOfAPluralSubject(chosen, candidates);
        for (var t = first; t < end; t++)
        {
            var tag = chosen[t - first];
            document.SetTag(t, tag);
            document.SetLemma(t, lemmatizer.Lemma(document.LowerOf(t), tag));
        }
    }

    /// <summary>
    /// "a survivor is later captured", "was later released": a word that can be an adverb, between a passive's or a perfect's
    /// auxiliary and a past tense that can be its participle, is an adverb inside the verb group, and the past tense the
    /// participle (the model read "later" as an adjective complement and "captured" as a second past tense).
    /// </summary>
    static void AdverbInsideTheVerbGroup(Document document, int first, Span<PosTag> chosen, PosTag[][] candidates)
    {
        for (var i = 1; i + 1 < chosen.Length; i++)
        {
            if (chosen[i] is PosTag.RB || chosen[i + 1] is not (PosTag.VBD or PosTag.VBN) || Array.IndexOf(candidates[i], PosTag.RB) < 0
                || Array.IndexOf(candidates[i + 1], PosTag.VBN) < 0 || document.LowerOf(first + i - 1) is not ("is" or "was" or "were" or "are" or "has" or "have" or "had"))
                continue;
            chosen[i] = PosTag.RB;
            chosen[i + 1] = PosTag.VBN;
        }
    }

    /// <summary>
    /// "the Kurdistan Workers' Party", "the Al-Aqsa Martyrs' Brigades": an apostrophe written against a name that ends in "s",
    /// before a capitalised word, closing no single quote opened before it in the sentence, is the possessive of a plural
    /// inside a name, not a closing quote (the name, and the clause's object with it, went on to the word after it). Before a
    /// common noun ("soldiers' homes") the reading is left as it was: measured on the real-text sets, it found more events
    /// that were not.
    /// </summary>
    static void PluralPossessive(Document document, int first, Span<PosTag> chosen)
    {
        var open = false;
        for (var i = 0; i < chosen.Length; i++)
        {
            var t = first + i;
            if (document.TextOf(t) is not "'") continue;
            var attached = i > 0 && document.EndOf(t - 1) == document.StartOf(t);
            var spaced = i + 1 < chosen.Length && document.StartOf(t + 1) > document.EndOf(t) && char.IsUpper(document.TextOf(t + 1)[0]);
            if (!open && attached && spaced && document.LowerOf(t - 1).EndsWith('s') && chosen[i - 1].IsNoun())
            {
                chosen[i] = PosTag.POS;
                continue;
            }
            // (A quote with a space before it opens one, "the so-called 'caliphate'"; one written against the word before closes it.)
            open = !attached;
        }
    }

    /// <summary>
    /// "The big five permanent members - the US, China, Russia, France and Britain - wield huge influence", "Russian forces
    /// launch artillery strikes": a base form right after a plural noun, a name or the end of an aside, with no finite verb
    /// before it in the sentence (and so no "to", modal or "do" governing it), is the present tense of the clause.
    /// </summary>
    static void PresentTenseOfAPluralSubject(Span<PosTag> chosen, PosTag[][] candidates)
    {
        for (var i = 1; i < chosen.Length; i++)
        {
            if (chosen[i].IsFiniteVerb() || chosen[i] is PosTag.MD or PosTag.TO) return;
            if (chosen[i] == PosTag.VB && chosen[i - 1] is PosTag.NNS or PosTag.NNPS or PosTag.Colon or PosTag.Close)
            {
                chosen[i] = PosTag.VBP;
                // ("launch artillery strikes on Kyiv": the object's plural after its modifiers is a noun, not a second verb.)
                var j = i + 1;
                while (j < chosen.Length && chosen[j] is PosTag.NN or PosTag.JJ or PosTag.DT) j++;
                if (j < chosen.Length && j > i + 1 && chosen[j] == PosTag.VBZ && candidates[j].Contains(PosTag.NNS)) chosen[j] = PosTag.NNS;
                return;
            }
        }
    }

    /// <summary>
    /// "a resolution that demands an immediate stop", "a decree that orders the army to withdraw": after a noun and "that", a
    /// word that can be a present tense, before a determiner or a possessive that opens its object, is the relative clause's
    /// verb, and "that" its pronoun (read as a plural noun, the demand was made by no one the clause names).
    /// </summary>
    static void VerbAfterRelativeThat(Document document, int first, Span<PosTag> chosen, PosTag[][] candidates)
    {
        for (var i = 1; i + 2 < chosen.Length; i++)
        {
            if (document.LowerOf(first + i) != "that" || !chosen[i - 1].IsNoun() || chosen[i + 1] != PosTag.NNS
                || Array.IndexOf(candidates[i + 1], PosTag.VBZ) < 0 || chosen[i + 2] is not (PosTag.DT or PosTag.PRPS))
                continue;
            chosen[i] = PosTag.WDT;
            chosen[i + 1] = PosTag.VBZ;
        }
    }

    /// <summary>The rule-based tags of a sentence's words (the trained model's training input).</summary>
    public PosTag[] RuleTags(IReadOnlyList<string> words)
    {
        var document = Document.OfWords(words);
        Tag(document, document.Sentences[0], useModel: false);
        return Enumerable.Range(0, words.Count).Select(document.TagOf).ToArray();
    }

    static bool IsQuoteOpen(Document document, int t, int first) =>
        t >= first && document.TextOf(t) is "\"" or "'" or "(" or "-" or ":";

    PosTag[] Candidates(Document document, int t, bool sentenceInitial)
    {
        var text = document.TextOf(t);
        var lower = document.LowerOf(t);
        var c = text[0];
        // "'ll", "'re", "'ve": a clitic the tokenizer split off takes its lexicon reading.
        if (c == '\'' && text.Length > 1 && char.IsLetter(text[1]) && lexicon.TagsOf(lower) is { } clitic) return clitic;
        if (!char.IsLetterOrDigit(c)) return [Punctuation(text)];
        if (char.IsDigit(c))
            return text.Length > 2 && text[^1] == 's' && char.IsDigit(text[^2]) ? [PosTag.NNS] : Number; // "1990s"

        var known = lexicon.TagsOf(lower);
        var capitalized = char.IsUpper(c);
        if (capitalized && text.Length >= 2 && IsAllCaps(text) && lower is not ("i" or "a"))
            return known is not null && known.Contains(PosTag.NNPS) ? [PosTag.NNPS] : ProperNoun; // "US", "NATO", "FBI"
        if (capitalized && !sentenceInitial)
        {
            // Mid-sentence capitals are names unless the word is a function word ("The", "In" after a quote); in the plural
            // when the lexicon has the word so ("Americans", "Iraqis") or its singular as an adjective ("Tunisians").
            if (known is null || !IsFunctionWord(known[0]))
            {
                if (!PluralName(text, lower, known)) return ProperNoun;
                return known is null ? PluralProperNoun : PluralOrSingularProperNoun;
            }
        }
        // "accused de Mistura", "von der Leyen said": a particle of a name before its capitalised part ("a van Police stopped" aside).
        if (words.NamePrefixWords.Contains(lower) && NamePartFollows(document, t) && !(t > 0 && lexicon.TagsOf(document.LowerOf(t - 1)) is [PosTag.DT or PosTag.PRPS, ..]))
            return ProperNoun;
        if (known is not null)
        {
            if (capitalized && sentenceInitial && known[0] is PosTag.NNP or PosTag.NNPS) return known;
            return known;
        }
        if (capitalized) return ProperNoun;
        // "al-Sharaa", "el-Sisi": a name, not an unknown adjective ("al-Sharaa visits/VBZ Saudi Arabia").
        if (words.IsParticleName(text)) return ProperNoun;
        // An unknown hyphenated word inflects like its last part: "test-fired" like "fired".
        var hyphen = lower.LastIndexOf('-');
        if (hyphen > 0 && hyphen < lower.Length - 2 && lexicon.TagsOf(lower.AsSpan(hyphen + 1)) is { } last && last[0].IsVerb()
            && !lower.EndsWith("ing", StringComparison.Ordinal))
            return last;
        return Guess(lower);
    }

    /// <summary>
    /// Whether a capitalised word is a plural name: the lexicon has it as a plural noun ("Americans", "Iraqis"), or, not
    /// knowing it, has it without its "s" as an adjective, a people's ("Tunisians", "Ecuadorians").
    /// </summary>
    bool PluralName(ReadOnlySpan<char> text, string lower, PosTag[]? known) =>
        text.Length > 3 && text[^1] == 's'
        && (known is not null ? known[0] is PosTag.NNS or PosTag.NNPS : lexicon.TagsOf(lower.AsSpan(0, lower.Length - 1)) is [PosTag.JJ, ..]);

    /// <summary>Whether the next word is capitalised or is itself a particle before one ("von der Leyen").</summary>
    bool NamePartFollows(Document document, int t)
    {
        for (var k = t + 1; k < document.TokenCount && k <= t + 2; k++)
        {
            if (char.IsUpper(document.TextOf(k)[0])) return true;
            if (!words.NamePrefixWords.Contains(document.LowerOf(k))) return false;
        }
        return false;
    }

    /// <summary>Whether a word is written in capitals, as acronyms are ("SANA", "UAE").</summary>
    internal static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var ch in text)
        {
            if (char.IsLower(ch)) return false;
            if (char.IsLetter(ch)) letters++;
        }
        return letters >= 2;
    }

    static bool IsFunctionWord(PosTag tag) =>
        tag is PosTag.DT or PosTag.IN or PosTag.CC or PosTag.PRP or PosTag.PRPS or PosTag.WDT or PosTag.WP
            or PosTag.WRB or PosTag.TO or PosTag.MD or PosTag.EX or PosTag.PDT or PosTag.RB;

    static PosTag Punctuation(ReadOnlySpan<char> text) => text switch
    {
        "," => PosTag.Comma,
        ";" or ":" or "--" or "-" => PosTag.Colon,
        "\"" or "'" => PosTag.Quote,
        "(" or "[" or "{" => PosTag.Open,
        ")" or "]" or "}" => PosTag.Close,
        "$" or "£" or "€" or "¥" => PosTag.Dollar,
        "'s" or "'S" or "'" => PosTag.POS,
        _ when text[0] is '.' or '!' or '?' => PosTag.Punct,
        _ => PosTag.SYM,
    };

    /// <summary>An unknown word: JJ|NN with a hyphen, else as its known stem inflects (<see cref="InflectedS"/>), else by its ending (data/lexicon/suffixes.tsv), else NN.</summary>
    PosTag[] Guess(string w) => w.Contains('-') ? [PosTag.JJ, PosTag.NN] : InflectedS(w) ?? lexicon.TagsBySuffix(w) ?? [PosTag.NN];

    static readonly PosTag[] PluralNoun = [PosTag.NNS];
    static readonly PosTag[] ThirdPersonVerb = [PosTag.VBZ];
    static readonly PosTag[] PluralNounOrVerb = [PosTag.NNS, PosTag.VBZ];
    static readonly PosTag[] VerbOrPluralNoun = [PosTag.VBZ, PosTag.NNS];

    /// <summary>
    /// An unknown word in -s whose stem the lexicon knows ("gunships", "airdrops") inflects as the stem does: the plural
    /// of a noun, the present tense of a verb, or either, in the order of the stem's readings. The suffix table would make
    /// any -s word a verb or a noun alike ("helicopter gunships/VBZ, attack ..." read the gunships as the verb).
    /// </summary>
    PosTag[]? InflectedS(string w)
    {
        if (w.Length < 4 || w[^1] != 's' || w[^2] == 's') return null;
        // The stem the lemmatizer finds for a plural ("gunships" → "gunship", "allies" → "ally"), or else for a present tense.
        var stem = lexicon.TagsOf(lemmatizer.Lemma(w, PosTag.NNS)) ?? lexicon.TagsOf(lemmatizer.Lemma(w, PosTag.VBZ));
        if (stem is null) return null;
        var noun = Array.IndexOf(stem, PosTag.NN);
        var verb = Array.IndexOf(stem, PosTag.VB) is var vb && vb >= 0 ? vb : Array.IndexOf(stem, PosTag.VBP);
        return (noun, verb) switch
        {
            (< 0, < 0) => null,
            (>= 0, < 0) => PluralNoun,
            (< 0, >= 0) => ThirdPersonVerb,
            _ => noun < verb ? PluralNounOrVerb : VerbOrPluralNoun,
        };
    }

    PosTag Choose(Document document, int t, int first, int end, PosTag[] options, ReadOnlySpan<PosTag> chosen, PosTag[][] candidates)
    {
        var i = t - first;
        var prev = i > 0 ? chosen[i - 1] : PosTag.None;
        // "the attempted coup the prior May", "last May", "Theresa May": capitalised inside a sentence, "May" is the month or a
        // name, not the modal.
        if (i > 0 && options[0] == PosTag.MD && document.TextOf(t) is "May" && prev is not (PosTag.Quote or PosTag.Colon)) return PosTag.NNP;
        // After a possessive a modal is a noun: "against her will", "with all their might".
        // (So after a determiner: "the will of the Venezuelan people".)
        if (options[0] == PosTag.MD && prev is PosTag.PRPS or PosTag.DT && Array.IndexOf(options, PosTag.NN) >= 0) return PosTag.NN;
        // "he's", "it's", "there's", "that's": after a pronoun, the clitic 's is "is" (or "has"), not a possessive.
        if (options[0] == PosTag.POS && Array.IndexOf(options, PosTag.VBZ) >= 0 && (prev is PosTag.PRP or PosTag.EX or PosTag.WP || i > 0 && document.LowerOf(t - 1) == "that"))
            return PosTag.VBZ;
        // "Turkey has since seized control": "since" between a perfect's auxiliary and its participle is an adverb.
        if (i > 0 && document.LowerOf(t) == "since" && document.LowerOf(t - 1) is "has" or "have" or "had" && i + 1 < candidates.Length
            && Array.IndexOf(candidates[i + 1], PosTag.VBN) >= 0)
            return PosTag.RB;
        // "the military factions that ousted the group": "that" between a noun and a finite verb is a relative pronoun, as a
        // complementiser is followed by its clause's subject ("told reporters that was wrong" aside: the noun is told).
        if (i > 0 && document.LowerOf(t) is "that" && prev.IsNoun() && Has(PosTag.WDT) && i + 1 < candidates.Length
            && candidates[i + 1][0].IsVerb() && candidates[i + 1].Any(c => c is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD)
            && !(i > 1 && chosen[i - 2].IsVerb() && words.SpeechVerbs.Contains(lemmatizer.Lemma(document.LowerOf(t - 2), chosen[i - 2]))))
            return PosTag.WDT;
        // "if that army's advantage is neutralized", "because that decision": right after a subordinator, "that" before a
        // noun is a determiner, not a second complementiser.
        if (i > 0 && document.LowerOf(t) is "that" && Has(PosTag.DT) && words.ClauseSubordinators.Contains(document.LowerOf(t - 1))
            && i + 1 < candidates.Length && candidates[i + 1][0] is PosTag.NN or PosTag.NNS)
            return PosTag.DT;
        // Closed-class words keep their usual reading; the lexicon's rarer tags for them are noise.
        if (IsFunctionWord(options[0]) && options[0] is not PosTag.RB || options[0] is PosTag.POS or PosTag.CC) return options[0];
        // "have largely respected": an -ly adverb is an adverb, whatever rarer readings the lexicon lists.
        if (options[0] == PosTag.RB && document.LowerOf(t).EndsWith("ly", StringComparison.Ordinal)) return PosTag.RB;
        var prevLower = i > 0 ? document.LowerOf(t - 1) : "";
        // Look through adverbs ("has also met", "will not meet") for the governing word.
        var back = i - 1;
        while (back > 0 && (chosen[back].IsAdverb() || document.LowerOf(first + back) is "not" or "n't"))
            back--;
        var governor = back >= 0 ? lemmatizer.Lemma(document.LowerOf(first + back), chosen[back]) : "";
        var governorLower = back >= 0 ? document.LowerOf(first + back) : "";
        var governorTag = back >= 0 ? chosen[back] : PosTag.None;
        var next = i + 1 < candidates.Length ? candidates[i + 1][0] : PosTag.None;
        var nextLower = t + 1 < end ? document.LowerOf(t + 1) : "";

        bool Has(PosTag tag) => Array.IndexOf(options, tag) >= 0;
        PosTag FirstOf(params ReadOnlySpan<PosTag> preferred)
        {
            foreach (var p in preferred) if (Has(p)) return p;
            return PosTag.None;
        }

        var hasVerb = options.Any(o => o.IsVerb());
        var hasNoun = options.Any(o => o.IsNoun());

        // "Israeli aircraft fire rockets at a car", "Police fire tear gas": after a noun, with no verb yet in the clause, a verb
        // of firing (data/words/firing-verbs.txt) before a weapon is that verb, not a compound ("aircraft fire"); so is one
        // after a plural before the preposition of its target ("the Peruvian National Police fire upon demonstrations").
        if (hasVerb && hasNoun && prev.IsNoun() && words.FiringVerbs.Contains(lemmatizer.Lemma(document.LowerOf(t), PosTag.VB))
            && i + 1 < candidates.Length && (IsWeapon(nextLower, candidates[i + 1]) || AtTarget(prev, prevLower, nextLower)) && !SeenFiniteVerbInClause(document, first, chosen[..i])
            && (FirstOf(PosTag.VBP, PosTag.VBZ, PosTag.VBD) is var tensed and not PosTag.None ? tensed : Has(PosTag.VB) ? PosTag.VBP : PosTag.None) is var fires and not PosTag.None)
            return fires;
        // ... and the word that opens the name of what it fires is that name's ("fire tear gas at protesters", not "tear" as a verb).
        if (i > 0 && chosen[i - 1].IsVerb() && words.FiringVerbs.Contains(lemmatizer.Lemma(prevLower, chosen[i - 1])) && words.WeaponWords.Contains(document.LowerOf(t))
            && FirstOf(PosTag.JJ, PosTag.NN, PosTag.NNS) is var modifier and not PosTag.None)
            return modifier;
        // "acts of torture", "in protest": after a preposition, a word that can be a noun is one.
        if (prev == PosTag.IN && hasNoun && options[0] is PosTag.VB or PosTag.VBP && words.NounPrepositions.Contains(prevLower))
            return FirstOf(PosTag.NN, PosTag.NNS, PosTag.NNP, PosTag.NNPS);
        // Infinitives and modals take the base form.
        if (governorTag is PosTag.TO or PosTag.MD || governorLower is "do" or "does" or "did" or "let" or "help")
            if (FirstOf(PosTag.VB, PosTag.VBP) is var vb and not PosTag.None) return PosTag.VB;

        // "kept firing towards us", "continued shelling": after a verb of aspect, an -ing form is the verb it governs.
        if (Has(PosTag.VBG) && governorTag.IsVerb() && words.AspectVerbs.Contains(governor)) return PosTag.VBG;

        // Perfect and passive auxiliaries take participles; progressive "be" takes -ing forms.
        if (governor is "have" or "be" || governorLower is "has" or "had" or "having" or "been" or "being" or "get" or "got")
        {
            // "we are concerned about", "is worried about": a feeling before "about" is an adjective, not a passive.
            if (governor == "be" && nextLower == "about" && Has(PosTag.JJ)) return PosTag.JJ;
            if (Has(PosTag.VBN) && (governor is "have" || governorLower is "been" or "being" || governor == "be" || governorLower is "get" or "got"))
                return PosTag.VBN;
            if (governor == "be" && Has(PosTag.VBG)) return PosTag.VBG;
            if (governor == "be" && FirstOf(PosTag.JJ) is PosTag.JJ) return PosTag.JJ;
        }

        // A participle between a verb and a noun describes the noun: "fired guided missiles", "when armed police raided";
        // so does one that opens the sentence ("Armed gunmen take 32 children hostage").
        if (Has(PosTag.VBN) && (prev.IsVerb() || prev is PosTag.IN or PosTag.WRB or PosTag.None) && next.IsNoun() && (Has(PosTag.JJ) || document.LowerOf(t).EndsWith("ed", StringComparison.Ordinal)))
            return Has(PosTag.JJ) ? PosTag.JJ : PosTag.VBN;

        // "when Russian guided bombs hit", "used Israeli-made drones": after a people's adjective (capitalised, so read as a
        // name) that opens its phrase, an -ed word before a noun describes the noun; a people's adjective is no subject.
        // (Not a backer's word: "Turkish backed rebels" is "Turkish-backed", which the actor recogniser reads.)
        if (Has(PosTag.VBN) && prev == PosTag.NNP && next.IsNoun() && lexicon.TagsOf(prevLower) is [PosTag.JJ, ..]
            && !words.BackerSuffixes.Contains(document.LowerOf(t))
            && (i == 1 || chosen[i - 2] is PosTag.IN or PosTag.TO or PosTag.WRB or PosTag.DT or PosTag.Comma || chosen[i - 2].IsVerb())
            && document.LowerOf(t).EndsWith("ed", StringComparison.Ordinal))
            return Has(PosTag.JJ) ? PosTag.JJ : PosTag.VBN;
        // "vulnerable to Turkish attack", "under Russian pressure": after a preposition and a people's adjective (capitalised,
        // so read as a name), a word that can be a noun is one.
        if (hasNoun && i > 1 && prev == PosTag.NNP && chosen[i - 2] is PosTag.IN or PosTag.TO && lexicon.TagsOf(prevLower) is [PosTag.JJ, ..])
            return FirstOf(PosTag.NN, PosTag.NNS, PosTag.NNP, PosTag.NNPS);

        // After determiners, possessives, numbers and adjectives, a noun (or an adjective before one).
        if (prev is PosTag.DT or PosTag.PRPS or PosTag.POS or PosTag.CD or PosTag.PDT or PosTag.WPS || prev.IsAdjective())
        {
            // ("the attempted overthrow of the government": after a determiner, before a word that may be a noun; "the
            // remaining 2,000 troops": before a number.)
            var nounMayFollow = next.IsNoun() || next.IsAdjective() || next == PosTag.CD
                                || prev == PosTag.DT && Has(PosTag.VBN) && i + 1 < candidates.Length && candidates[i + 1][0] is PosTag.VB or PosTag.VBP
                                && candidates[i + 1].Any(c => c is PosTag.NN or PosTag.NNS);
            if ((Has(PosTag.JJ) || Has(PosTag.VBN) || Has(PosTag.VBG)) && nounMayFollow && !IsTerminalNoun(options))
                return Has(PosTag.JJ) ? PosTag.JJ : Has(PosTag.VBN) ? PosTag.VBN : PosTag.VBG;
            if (hasNoun) return FirstOf(PosTag.NN, PosTag.NNS, PosTag.NNP, PosTag.NNPS);
        }

        // "a widely expected incursion", "the newly elected president said": so after a determiner or a possessive and an adverb,
        // before a noun or an adjective, a participle describes the noun (the verb is the one that follows).
        if (prev == PosTag.RB && governorTag is PosTag.DT or PosTag.PRPS && !words.Demonstratives.Contains(governorLower)
            && (next.IsNoun() || next.IsAdjective()) && (Has(PosTag.JJ) || Has(PosTag.VBN)) && !IsTerminalNoun(options))
            return Has(PosTag.JJ) ? PosTag.JJ : PosTag.VBN;

        // Past tense or participle for -ed forms: "imposed on" after a noun with a verb already seen is a reduced relative.
        if (Has(PosTag.VBD) && Has(PosTag.VBN))
        {
            var pastLemma = lemmatizer.Lemma(document.LowerOf(t), PosTag.VBD);
            // ("airstrikes carried out by Israeli forces", "a ban handed down by", "a government led directly by": or after its
            // particle or an -ly adverb.)
            if (nextLower == "by" || t + 2 < end && document.LowerOf(t + 2) == "by"
                && (words.VerbParticles.Contains(nextLower) || nextLower.EndsWith("ly", StringComparison.Ordinal) && next == PosTag.RB)
                && !(t + 3 < end && document.LowerOf(t + 3).EndsWith("ing", StringComparison.Ordinal))) // ("acted illegally by appointing")
                return PosTag.VBN;
            // "personnel captured 12 days ago by armed men": so after a noun, before a time phrase and "by".
            if (prev.IsNoun() && ByAfterTimePhrase(document, t, end)) return PosTag.VBN;
            // "Syria state television said air defences had", "A woman who fled Syria in late August told the Guardian": after a
            // noun, "said" and "told" are the clause's verb (a relative clause before them aside), unless "to" follows ("told to
            // leave", "said to be").
            if (prev.IsNoun() && nextLower != "to" && words.AttributionVerbs.Contains(pastLemma)) return PosTag.VBD;
            // "Three Hezbollah members killed in Israeli airstrikes" (the headline style of news summaries): a verb of harm
            // right after its noun and before a preposition that opens no count ("killed at least 10", "over 100") is a
            // passive participle, the noun its victim.
            if (prev.IsNoun() && next == PosTag.IN && !SeenFiniteVerb(chosen[..i]) && HarmedBy(document, t) && !words.Approximators.Contains(nextLower)
                && !(nextLower == "at" && t + 2 < end && document.LowerOf(t + 2) == "least") && !(i + 2 < candidates.Length && candidates[i + 2][0] == PosTag.CD))
                return PosTag.VBN;
            // "A man arrested in Paris on Monday was charged", "Soldiers stationed in the region were attacked": a participle
            // after a noun, before a phrase and then the clause's own auxiliary, is a reduced relative.
            if (prev.IsNoun() && next is PosTag.IN or PosTag.TO or PosTag.RB && !SeenFiniteVerbInClause(document, first, chosen[..i])
                && !TakesClause(pastLemma) && AuxiliaryFollows(document, t, end, candidates, first))
                return PosTag.VBN;
            // "the way the UK investigated the incident", "the HNC boycotted the talks": a passive participle takes no object,
            // so an -ed word with one after a noun is the past tense of a clause of its own ("the prisoners given a
            // pardon", "killed the previous day" aside).
            if (prev.IsNoun() && next is PosTag.DT or PosTag.PRPS && !DitransitiveOrTime(document, t, end)) return PosTag.VBD;
            if (prev.IsNoun() && SeenFiniteVerbInClause(document, first, chosen[..i])) return PosTag.VBN;
            if (prev is PosTag.Comma && SeenFiniteVerb(chosen[..i]) && nextLower is "by" or "in" or "on" or "to") return PosTag.VBN;
            if (prev is not (PosTag.PRP or PosTag.WDT or PosTag.WP) && !prev.IsNoun()) return PosTag.VBD;
        }
        // "The United States partially lifts a long-time ban": after a subject and an -ly adverb, a present tense before its
        // object; "Police in Dhaka, Bangladesh, ban all public rallies": after a subject and the place it is in, the same.
        if ((Has(PosTag.VBZ) || Has(PosTag.VBP)) && next is PosTag.DT or PosTag.PRPS or PosTag.PDT && !SeenFiniteVerb(chosen[..i])
            && (prev == PosTag.RB && prevLower.EndsWith("ly", StringComparison.Ordinal) && i > 1 && chosen[i - 2].IsNoun()
                || prev == PosTag.Comma && i > 1 && chosen[i - 2] is PosTag.NNP or PosTag.NNPS && chosen[0] is PosTag.DT or PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS))
            return Has(PosTag.VBZ) ? PosTag.VBZ : PosTag.VBP;
        // A subject pronoun or name is followed by a finite verb.
        if (hasVerb && (prev is PosTag.PRP or PosTag.WDT or PosTag.WP || (prev.IsNoun() && !hasNoun)))
            if (FirstOf(PosTag.VBD, PosTag.VBZ, PosTag.VBP) is var finite and not PosTag.None) return finite;

        // Two finite verbs rarely follow each other: "rejected calls for a ceasefire", "said talks had stalled".
        if (Has(PosTag.NNS) && (Has(PosTag.VBZ) || Has(PosTag.VBP)) && prev is PosTag.VBD or PosTag.VBZ or PosTag.VBP
            && i > 0 && document.LemmaOf(first + i - 1) is not ("be" or "have" or "do" or "get"))
            return PosTag.NNS;
        // "with the Chinese leader calling for dialogue", "with Joe Biden saying": a participle after "with" and its subject.
        if (Has(PosTag.VBG) && prev.IsNoun() && next is not (PosTag.NN or PosTag.NNS))
            for (var k = i - 1; k >= 0 && k >= i - 7; k--)
            {
                if (chosen[k].IsVerb() || chosen[k] is PosTag.Comma or PosTag.CC) break;
                if (document.LowerOf(first + k) == "with" && k < i - 1) return PosTag.VBG;
            }
        // "a statement urging Israel to", "troops fighting Isis": an -ing form between a noun and the start of another
        // noun phrase is a participle with its object, not a noun compound ("the ceasefire monitoring mission").
        if (Has(PosTag.VBG) && prev is PosTag.NN or PosTag.NNS && next is PosTag.NNP or PosTag.NNPS or PosTag.DT or PosTag.PRP or PosTag.PRPS or PosTag.CD
            && document.LowerOf(t).EndsWith("ing", StringComparison.Ordinal))
            return PosTag.VBG;
        // "calls the comments inappropriate and summons the ambassador": a present tense joined by "and" to the clause's
        // present tense, before its object, is a second verb.
        // ("Poland recalls its ambassador to Belarus and demands that the European Union impose sanctions": before "that" too.)
        if (Has(PosTag.VBZ) && prevLower == "and" && (next is PosTag.DT or PosTag.PRPS or PosTag.NNP or PosTag.CD || nextLower == "that") && chosen[..i].Contains(PosTag.VBZ))
            return PosTag.VBZ;
        // "An Israeli sniper kills Hussam Hamdan", "A court sentences former president Toledo": a present tense before a name
        // or an adjective and its noun, with no verb yet in the clause, is the verb (the headline style of news summaries);
        // so is one coordinated with a word that is mostly a verb ("The Iranian Navy attacks and seizes a rig").
        // "Europe bans imports of chicken", "France bans burqas.": so is one before a plural noun that ends its phrase.
        // ("Israel again seals off the Gaza Strip", "The militants also loot shops": the subject may stand before an adverb.)
        var subject = prev == PosTag.RB && i >= 2 && prevLower is not ("not" or "n't") && chosen[i - 2].IsNoun() ? chosen[i - 2] : prev;
        var headlineVerb = Has(PosTag.VBZ) && subject.IsNoun() && !SeenFiniteVerbInClause(document, first, chosen[..i])
                           // ("Security forces open fire": not before a word that can itself be the verb.)
                           && (next is PosTag.NNP or PosTag.NNPS || next.IsAdjective() && i + 2 < candidates.Length && candidates[i + 2][0].IsNoun()
                               && !candidates[i + 1].Any(c => c is PosTag.VB or PosTag.VBP)
                               || next == PosTag.NNS && (subject is PosTag.NNP or PosTag.NNPS || subject == PosTag.NN && OpensWithDeterminer(chosen[..i]))
                                  && (i + 2 >= candidates.Length || candidates[i + 2][0] is PosTag.IN or PosTag.TO or PosTag.Comma or PosTag.Punct or PosTag.Colon)
                               || nextLower is "and" or "or" && i + 2 < candidates.Length && candidates[i + 2][0] == PosTag.VBZ)
                           // "Iran and the International Atomic Energy Agency reach agreement": after names joined by "and", a plural verb.
                           || Has(PosTag.VBP) && subject is PosTag.NNP or PosTag.NNPS && next.IsNoun() && AfterJoinedNames(document, first, chosen[..i])
                              && !SeenFiniteVerbInClause(document, first, chosen[..i])
                           // "The Israel Defense Forces arrest senior Hamas leader", "Syrian Democratic Forces capture the town": after a
                           // name ending in a plural, a plural verb before its object.
                           || Has(PosTag.VBP) && subject == PosTag.NNP && PluralNameEnd(document, subject == prev ? t - 1 : t - 2)
                              // (Not before a common noun: "An Israeli Defense Forces air raid" is a compound.)
                              && (next is PosTag.DT or PosTag.PRPS or PosTag.CD or PosTag.NNP or PosTag.NNPS || next.IsAdjective())
                              && !SeenFiniteVerbInClause(document, first, chosen[..i]);
        // "when an Israeli airstrike hits near the hospital": after the singular noun phrase that follows a subordinator which is
        // never a preposition, a present tense before a preposition, a determiner or an adverb is the clause's verb.
        headlineVerb |= Has(PosTag.VBZ) && prev is PosTag.NN or PosTag.NNP && next is PosTag.IN or PosTag.TO or PosTag.DT or PosTag.PRPS or PosTag.RB
                        && SubjectAfterSubordinator(document, first, chosen[..i]);
        // "The European Parliament calls on Canada": after a name, a word mostly read as a present tense, before a
        // preposition or a determiner and with no verb yet in the clause, is the verb, not a compound with the name.
        headlineVerb |= options[0] == PosTag.VBZ && subject is PosTag.NNP or PosTag.NNPS && next is PosTag.IN or PosTag.TO or PosTag.DT or PosTag.PRPS
                        && !SeenFiniteVerbInClause(document, first, chosen[..i]);
        // "French president Emmanuel Macron claims there is proof", "Erdoğan warns they will pay": after a name, a present
        // tense before the subject of a clause it reports is the verb, whatever reading the lexicon puts first.
        headlineVerb |= Has(PosTag.VBZ) && subject is PosTag.NNP or PosTag.NNPS && (next is PosTag.EX || next == PosTag.PRP && nextLower is not ("us" or "them" or "him" or "her" or "me"))
                        && !SeenFiniteVerbInClause(document, first, chosen[..i]);
        // Inside a noun phrase opened by a determiner ("the highest-level US visit to China"), a noun.
        // ("The Philippines accused China": a past tense before a name ends the phrase.)
        var countFollows = CountFollows(document, t, end);
        if (hasNoun && prev.IsNoun() && next is not (PosTag.DT or PosTag.PRPS or PosTag.PRP or PosTag.CD) && nextLower is not ("dead" or "down" or "up")
            && !(countFollows && Has(PosTag.VBZ) && !SeenFiniteVerbInClause(document, first, chosen[..i]))
            && !(Has(PosTag.VBD) && next is PosTag.NNP or PosTag.NNPS)
            && !headlineVerb
            // "The Iraqi foreign minister spoke by phone": a past tense before a preposition, with no verb yet, is the verb.
            && !(Has(PosTag.VBD) && next is PosTag.IN or PosTag.TO && !SeenFiniteVerbInClause(document, first, chosen[..i])))
        {
            // ("an improvised explosive device attack": a participle describing the noun is part of its phrase.)
            var k = i - 1;
            while (k >= 0 && (chosen[k].IsNoun() || chosen[k].IsAdjective() || chosen[k] is PosTag.CD or PosTag.Hyphen
                              || chosen[k] == PosTag.VBN && k > 0 && chosen[k - 1] is PosTag.DT)) k--;
            // ("Hundreds of Kenyan journalists protest": after a count and "of", the phrase is the subject.)
            if (k >= 0 && (chosen[k] is PosTag.DT or PosTag.PRPS or PosTag.POS || document.LowerOf(first + k) == "of" && !IsCount(document, first + k - 1, first))
                && document.LowerOf(first + k) is not ("that" or "which"))
                return FirstOf(PosTag.NN, PosTag.NNS, PosTag.NNP, PosTag.NNPS);
        }
        if (hasVerb && hasNoun && subject.IsNoun() && !SeenFiniteVerbInClause(document, first, chosen[..i]))
        {
            // "Beijing wants the US to", "officials met with": a noun, then a verb reading that takes an object or a clause.
            var verbish = FirstOf(PosTag.VBD, PosTag.VBZ, PosTag.VBP);
            // "Troops fire on protesters": after a plural subject a base form is the present tense.
            // ("as Pakistani aircraft bomb a bazaar": so is one after a noun of the plural kind, before a determiner.)
            if (verbish == PosTag.None && Has(PosTag.VB) && (prev is PosTag.NNS or PosTag.NNPS || prev == PosTag.NN && next is PosTag.DT or PosTag.PRPS))
                verbish = PosTag.VBP;
            if (headlineVerb) return Has(PosTag.VBZ) ? PosTag.VBZ : PosTag.VBP;
            if (verbish != PosTag.None && (next is PosTag.DT or PosTag.PRP or PosTag.PRPS or PosTag.TO or PosTag.IN or PosTag.CD
                    or PosTag.NNP or PosTag.RB or PosTag.RP or PosTag.WDT || nextLower == "that" || countFollows))
                return verbish;
        }

        if (Has(PosTag.VB) && Has(PosTag.VBP) && (prev.IsNoun() || prev == PosTag.PRP)) return PosTag.VBP;
        if (Has(PosTag.VB) && Has(PosTag.NN) && prev is PosTag.None or PosTag.Comma or PosTag.CC && !hasNoun) return PosTag.VB;
        return options[0];
    }

    /// <summary>Whether a capitalised word ends a name in a plural: "Forces", "Guards"; not "States" or "Islands" of a country's name (data/words/country-name-ends.txt).</summary>
    bool PluralNameEnd(Document document, int t)
    {
        var text = document.TextOf(t);
        return text.Length > 3 && char.IsUpper(text[0]) && text[^1] == 's' && text[^2] != 's'
               && lexicon.TagsOf(document.LowerOf(t)) is [PosTag.NNS, ..] or [PosTag.VBZ, ..] && !words.CountryNameEnds.Contains(document.LowerOf(t));
    }

    /// <summary>Whether the words before the end of <paramref name="tags"/> are a noun phrase opened by "when", "while", "because" (a clause's subject).</summary>
    bool SubjectAfterSubordinator(Document document, int first, ReadOnlySpan<PosTag> tags)
    {
        for (var k = tags.Length - 1; k >= 0; k--)
        {
            if (words.ClauseSubordinators.Contains(document.LowerOf(first + k))) return k < tags.Length - 1;
            if (!(tags[k].IsNoun() || tags[k].IsAdjective() || tags[k] is PosTag.DT or PosTag.CD or PosTag.PRPS or PosTag.POS or PosTag.Hyphen)) return false;
        }
        return false;
    }

    /// <summary>A headline's verb of harm as a participle after its noun, with no finite verb before: "Three Hezbollah members killed in".</summary>
    bool IsHeadlineParticiple(Document document, int first, ReadOnlySpan<PosTag> tags, int k) =>
        tags[k] == PosTag.VBN && k > 0 && tags[k - 1].IsNoun() && !SeenFiniteVerb(tags[..k]) && HarmedBy(document, first + k);

    bool HeadlineParticiple(Document document, int first, ReadOnlySpan<PosTag> tags)
    {
        for (var k = 1; k < tags.Length; k++)
            if (IsHeadlineParticiple(document, first, tags, k)) return true;
        return false;
    }

    /// <summary>Whether the word is a verb of harm done to someone ("killed", "wounded"; not "died").</summary>
    bool HarmedBy(Document document, int t) =>
        lemmatizer.Lemma(document.LowerOf(t), PosTag.VBN) is var lemma && lemma != "die" && words.HarmWords.Contains(lemma);

    /// <summary>A weapon fired or launched (data/words/weapon-nouns.txt), or the first word of "tear gas", "warning shots" (weapon-words.txt).</summary>
    bool IsWeapon(string lower, PosTag[] tags) =>
        words.WeaponWords.Contains(lower) || tags.Any(tag => tag.IsNoun() && words.WeaponNouns.Contains(lemmatizer.Lemma(lower, tag)));

    /// <summary>
    /// Whether a participle may take the noun phrase after it: verbs of giving and telling keep a second object in the
    /// passive ("given a pardon", "denied entry", "told the news"), and a time phrase is no object ("the day before").
    /// </summary>
    bool DitransitiveOrTime(Document document, int t, int end)
    {
        if (words.SecondObjectParticiples.Contains(document.LowerOf(t))) return true;
        for (var k = t + 1; k < end && k <= t + 3; k++)
            if (words.TimePhraseWords.Contains(document.LowerOf(k))) return true;
        return false;
    }

    /// <summary>Whether "by" follows the word after nothing but a time phrase: "12 days ago by", "last week by", "the day before by".</summary>
    bool ByAfterTimePhrase(Document document, int t, int end)
    {
        for (var k = t + 1; k < end && k <= t + 5; k++)
        {
            var lower = document.LowerOf(k);
            if (lower == "by") return k > t + 1;
            var singular = lower.EndsWith('s') ? lower[..^1] : lower;
            if (!(words.TimePhraseWords.Contains(lower) || words.TimePhraseWords.Contains(singular) || words.TimePhraseFillers.Contains(lower)
                  || double.TryParse(lower, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _)))
                return false;
        }
        return false;
    }

    /// <summary>"Hundreds", "thousands", "millions": a plural whose singular the lexicon knows as a number.</summary>
    bool IsCount(Document document, int t, int first) =>
        t >= first && document.LowerOf(t) is var w && w.EndsWith('s') && lexicon.TagsOf(w.AsSpan(0, w.Length - 1)) is { } tags && tags.Contains(PosTag.CD);

    /// <summary>
    /// Words joined by "and" or "or" are the same part of speech. Where one side was read as a verb of
    /// a clause and the other, which the lexicon allows to be that verb, as a lone noun, the noun
    /// becomes the verb: "Al-Shabaab militants ambush/NN and kill/VB two soldiers" (a noun straight
    /// after the subject, before a joined verb, is the clause's first verb), "protesters march/VBP and
    /// clash/NN with police" (a noun joined to a finite verb and followed by a preposition, determiner,
    /// pronoun or number rather than by more of a noun phrase). Present-tense reports are where
    /// this bites; the treebank the model learnt from has few of them.
    /// </summary>
    static void AgreeAcrossAnd(Document document, int first, Span<PosTag> tags, PosTag[][] candidates)
    {
        // "accusations of killings, torture and rape of civilians": a list's last word straight before "of", joined to a word after
        // the comma that follows a noun, is a noun, and so is the other, whatever present tense either was read as (a verb never
        // takes "of").
        for (var i = 2; i + 3 < tags.Length; i++)
        {
            if (tags[i + 1] != PosTag.CC || document.LowerOf(first + i + 1) is not ("and" or "or") || document.LowerOf(first + i + 3) != "of") continue;
            if (tags[i] is not (PosTag.VB or PosTag.VBP or PosTag.NN) || tags[i + 2] is not (PosTag.VB or PosTag.VBP or PosTag.NN)
                || !candidates[i].Contains(PosTag.NN) || !candidates[i + 2].Contains(PosTag.NN)
                || tags[i - 1] != PosTag.Comma || !tags[i - 2].IsNoun())
                continue;
            tags[i] = PosTag.NN;
            tags[i + 2] = PosTag.NN;
        }
        for (var i = 1; i + 2 < tags.Length; i++)
        {
            if (tags[i + 1] != PosTag.CC || document.LowerOf(first + i + 1) is not ("and" or "or")) continue;
            var (left, right) = (tags[i], tags[i + 2]);
            if (left == PosTag.NN && right is PosTag.VB or PosTag.VBP && tags[i - 1] is PosTag.NNS or PosTag.NNPS or PosTag.NNP or PosTag.PRP
                && candidates[i].Any(c => c is PosTag.VB or PosTag.VBP) && !SeenFiniteVerb(tags[..(i - 1)]))
                tags[i] = PosTag.VBP;
            // "Islamic State fighters shot and wounded fleeing family members": a past tense read as a noun after the subject,
            // joined to a past tense or participle before its object, is the clause's past tense, and so is the other.
            else if (left == PosTag.NN && right is PosTag.VBD or PosTag.VBN && tags[i - 1].IsNoun() && candidates[i].Contains(PosTag.VBD) && (candidates[i + 2].Contains(PosTag.VBD) || candidates[i + 2].Contains(PosTag.VBN))
                     && !SeenFiniteVerb(tags[..(i - 1)]) && i + 3 < tags.Length && (tags[i + 3] is PosTag.DT or PosTag.CD or PosTag.PRPS or PosTag.NNP or PosTag.NNPS or PosTag.NNS or PosTag.VBG || tags[i + 3].IsAdjective()))
            {
                tags[i] = PosTag.VBD;
                tags[i + 2] = PosTag.VBD;
            }
            else if (left is PosTag.VBP or PosTag.VBZ or PosTag.VBD && right is PosTag.NN or PosTag.NNS && (candidates[i + 2].Contains(left) || left == PosTag.VBP && candidates[i + 2].Contains(PosTag.VB))
                     && (i + 3 == tags.Length || tags[i + 3] is PosTag.IN or PosTag.DT or PosTag.PRP or PosTag.PRPS or PosTag.CD or PosTag.TO or PosTag.Comma or PosTag.Punct))
                tags[i + 2] = left;
            // "in dozens of airstrikes and shelling by forces loyal to Assad": an -ing word joined to a noun, before a
            // preposition or the end of the phrase, is a noun too.
            else if (left is PosTag.NN or PosTag.NNS && right == PosTag.VBG && candidates[i + 2].Contains(PosTag.NN)
                     && (i + 3 == tags.Length || tags[i + 3] is PosTag.IN or PosTag.Comma or PosTag.Punct))
                tags[i + 2] = PosTag.NN;
        }
    }

    /// <summary>
    /// "Russian drone and missile strikes on Kyiv, Ukraine kill four people", "Air strikes in Idlib kill 12", "NATO forces in
    /// Afghanistan launch an investigation": a word read as
    /// the present tense ("strikes") after a word describing it, with no verb before it, is a plural noun when a plural
    /// present tense ("kill") follows across nothing but the phrases that place it; that one is the clause's verb.
    /// </summary>
    void PluralSubjectBeforeItsVerb(Document document, int first, Span<PosTag> tags, PosTag[][] candidates)
    {
        for (var i = 1; i + 2 < tags.Length; i++)
        {
            if (tags[i] != PosTag.VBZ || !candidates[i].Contains(PosTag.NNS) || tags[i - 1] is not (PosTag.NN or PosTag.JJ or PosTag.NNP or PosTag.NNPS)
                || SeenFiniteVerb(tags[..i]) || tags[i + 1] is not (PosTag.IN or PosTag.TO))
                continue;
            // ("The UN mission in Afghanistan reports at least 42 civilians have been killed": a verb that takes a clause stays.)
            if (tags[i - 1] is PosTag.NNP or PosTag.NNPS && TakesClause(lemmatizer.Lemma(document.LowerOf(first + i), PosTag.VBZ))) continue;
            for (var j = i + 2; j < tags.Length && j <= i + 12; j++)
            {
                var tag = tags[j];
                if (tag is PosTag.VBP or PosTag.VB && candidates[j].Contains(PosTag.VBP) && tags[j - 1] is PosTag.NNP or PosTag.NNPS or PosTag.NN or PosTag.NNS)
                {
                    tags[i] = PosTag.NNS;
                    tags[j] = PosTag.VBP;
                    return;
                }
                if (!PlacingPhraseWord(document, first, tags, j)) break;
            }
        }
    }

    /// <summary>
    /// A sentence left with no finite verb has one tagged as a noun: "The Illinois Senate votes unanimously to remove",
    /// "Syrian Army forces shell, using heavy artillery, ...", "A South Korean soldier fatally shoots five comrades". The
    /// first word that can be a present tense, after the noun that would be its subject (or that noun and an -ly
    /// adverb), and before a word that cannot go on its noun phrase, becomes the verb.
    /// </summary>
    void VerbOfAVerblessSentence(Document document, int first, Span<PosTag> tags, PosTag[][] candidates)
    {
        if (tags.Length < 4 || HeadlineParticiple(document, first, tags)) return;
        // ("The Supreme Court rules that the ban is unconstitutional": or a main clause with no finite verb before the "that" of
        // the clause it reports.)
        // ("Intense fighting breaks out in Fallujah as U.S. forces respond": or before the subordinating word of a clause of its own.)
        var limit = tags.Length;
        if (SeenFiniteVerb(tags))
        {
            var opener = 2;
            while (opener < tags.Length && !(tags[opener] == PosTag.IN && words.SubordinateOpeners.Contains(document.LowerOf(first + opener))
                                             && !ComparingAs(document, first + opener))
                   && tags[opener] != PosTag.WP && !(tags[opener] == PosTag.WDT && document.LowerOf(first + opener) == "that"))
                opener++;
            // ("A U.S. helicopter hits militants in a mosque; 40 individuals are killed": or before a semicolon.)
            var semicolon = tags.IndexOf(PosTag.Colon);
            if (semicolon > 2 && semicolon < opener && document.TextOf(first + semicolon) is ";") opener = semicolon;
            if (opener == tags.Length || SeenFiniteVerb(tags[..opener])) return;
            limit = opener + 1;
        }
        // First a word mostly read as a verb ("Hong Kong police forcibly disperse a demonstration", "the US Department of
        // State put bounties on"), then one mostly read as a noun.
        // A noun reading before a noun (its object) comes last: in "Syrian Army forces shell, ..." the verb is "shell".
        for (var pass = 0; pass < 3; pass++)
            for (var i = 1; i + 1 < limit; i++)
            {
                var noun = pass > 0;
                if (tags[i] is not (PosTag.VB or PosTag.NN or PosTag.NNS) || candidates[i][0].IsVerb() == noun) continue;
                var finite = candidates[i].Contains(PosTag.VBZ) ? PosTag.VBZ : candidates[i].Contains(PosTag.VBP) || candidates[i].Contains(PosTag.VB) ? PosTag.VBP : PosTag.None;
                if (finite == PosTag.None || finite == PosTag.VBZ && tags[i] == PosTag.NN) continue;
                // ("The Senate also votes 100-0", "President Obama also commutes the sentence": or that noun and an adverb.)
                var subject = tags[i - 1] == PosTag.RB && document.LowerOf(first + i - 1) is not ("not" or "n't") && i > 1 ? i - 2 : i - 1;
                var next = tags[i + 1];
                var opensPhrase = next is PosTag.DT or PosTag.IN or PosTag.TO or PosTag.RB or PosTag.RP or PosTag.CD or PosTag.JJ or PosTag.PRPS or PosTag.PRP;
                // "Thousands of people in Bermeo, Spain, demonstrate for", "Clashes in South Kashmir, India, kill two civilians":
                // a subject and its place set off by commas.
                // ("Maurice Strong, Canadian United Nations representative, steps down": so is a noun reading before its particle.)
                var particle = next == PosTag.RP || next == PosTag.RB && document.LowerOf(first + i + 1) is "down" or "out" or "off" or "up";
                // ("A court in Freetown, Sierra Leone, charges former president Koroma": so is one before a determiner or modifier
                // that opens its object.)
                var objectOpens = next is PosTag.DT or PosTag.JJ or PosTag.PRPS or PosTag.CD;
                var afterAside = tags[subject] == PosTag.Comma && (!noun || particle || objectOpens) && opensPhrase && AnyNoun(tags[..subject]);
                // ("Intense fighting breaks out": a gerund read as an adjective before it is its subject, the noun it is.)
                var gerund = tags[subject] == PosTag.JJ && particle && candidates[subject].Contains(PosTag.NN) && document.LowerOf(first + subject).EndsWith("ing", StringComparison.Ordinal);
                var other = OtherSubject(document, first + subject, subject, finite, tags);
                // ("Hundreds of Syrian soldiers, along with helicopter gunships, attack Khirbet Ghazaleh": or the noun before an
                // aside set off by commas, when the verb's form agrees with it.)
                var beforeAside = pass == 2 && tags[subject] == PosTag.Comma ? NounBeforeAside(tags, subject) : -1;
                if (tags[subject] is not (PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS) && !afterAside && !gerund && !other && beforeAside < 0) continue;
                // A noun reading before its object: "The Islamic State claims responsibility", "IDF soldiers fire shots".
                var agreeing = beforeAside >= 0 ? tags[beforeAside] : tags[subject];
                var objectFollows = next is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS
                                    && (finite == PosTag.VBZ && agreeing is PosTag.NNP or PosTag.NNPS or PosTag.NN || finite == PosTag.VBP && agreeing is PosTag.NNS or PosTag.NNPS || other);
                if (pass == 1 && !opensPhrase && next is not (PosTag.Comma or PosTag.CC or PosTag.VBG) || pass == 2 && !objectFollows) continue;
                tags[i] = finite;
                if (gerund) tags[subject] = PosTag.NN;
                return;
            }
    }

    /// <summary>
    /// "At least 20 people are killed when a group of gunmen storm villages in Niger": a clause opened by a subordinating word
    /// (data/words/subordinate-openers.txt; not the "as" of a comparison, "such as", "as well as") that runs to its end with
    /// no finite verb has one tagged as a noun: a word that can be a plural present tense but no participle ("churches set
    /// ablaze" is one), after a plural noun that cannot be a verb itself (its subject; not "the tactic causes panic
    /// attacks") and before the words that open its object.
    /// </summary>
    void VerbOfAVerblessClause(Document document, int first, Span<PosTag> tags, PosTag[][] candidates)
    {
        for (var opener = 1; opener + 3 < tags.Length; opener++)
        {
            var t = first + opener;
            if (tags[opener] is not (PosTag.IN or PosTag.WRB) || !words.SubordinateOpeners.Contains(document.LowerOf(t))
                || ComparingAs(document, t) || document.LowerOf(t) == "as" && document.LowerOf(t + 1) is "well" or "much" or "many")
                continue;
            var end = opener + 1;
            while (end < tags.Length && tags[end] is not (PosTag.Comma or PosTag.Colon or PosTag.Punct or PosTag.CC)) end++;
            // ("after Yemeni Army troops shell opposition forces in Taiz": or whose only finite verb is a plural noun read as
            // the present tense at the end of the noun run the verb opens.)
            var (finite, finites) = (-1, 0);
            for (var k = opener + 1; k < end; k++)
                if (tags[k].IsFiniteVerb() || tags[k] == PosTag.MD) (finite, finites) = (k, finites + 1);
            if (finites > 1 || finites == 1 && !(tags[finite] == PosTag.VBZ && candidates[finite].Contains(PosTag.NNS))) continue;
            for (var i = opener + 2; i + 1 < end; i++)
                if (tags[i] is PosTag.NN && (candidates[i].Contains(PosTag.VBP) || finite > 0 && candidates[i].Contains(PosTag.VB)) && !candidates[i].Contains(PosTag.VBN)
                    && tags[i - 1] is PosTag.NNS or PosTag.NNPS && !candidates[i - 1].Contains(PosTag.VBZ)
                    && tags[i + 1] is PosTag.DT or PosTag.NN or PosTag.NNS or PosTag.JJ or PosTag.CD or PosTag.PRPS
                    && (finite < 0 || finite > i + 1 && NounRun(tags[(i + 1)..finite])))
                {
                    tags[i] = PosTag.VBP;
                    if (finite > 0) tags[finite] = PosTag.NNS;
                    break;
                }
        }
    }

    /// <summary>The "as" of a comparison or a list, not of a clause: "such as", "as well as", "so as", "the same as".</summary>
    static bool ComparingAs(Document document, int t) =>
        document.LowerOf(t) == "as" && document.LowerOf(t - 1) is "such" or "well" or "so" or "same";

    /// <summary>The noun before the comma that opens an aside closed by the comma at <paramref name="close"/>; -1 when there is none.</summary>
    static int NounBeforeAside(Span<PosTag> tags, int close)
    {
        for (var k = close - 2; k > 0; k--)
            if (tags[k] == PosTag.Comma) return tags[k - 1] is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS ? k - 1 : -1;
        return -1;
    }

    /// <summary>
    /// A subject that is no noun but agrees with the verb form after it: a personal pronoun ("They also demand his
    /// resignation"), a sentence's opening "This" ("This marks the first change of government"), a name's abbreviation in
    /// brackets ("Human Rights Watch (HRW) releases a report").
    /// </summary>
    bool OtherSubject(Document document, int token, int i, PosTag finite, Span<PosTag> tags) => tags[i] switch
    {
        PosTag.PRP => finite == PosTag.VBP
            ? words.PluralPronouns.Contains(document.LowerOf(token)) || words.FirstPersonWords.Contains(document.LowerOf(token))
            : words.PersonPronouns.Contains(document.LowerOf(token)) || words.ThingPronouns.Contains(document.LowerOf(token)),
        PosTag.DT => i == 0 && document.LowerOf(token) == "this" && finite == PosTag.VBZ,
        PosTag.Close => i > 1 && tags[i - 1].IsProperNoun() && tags[i - 2] == PosTag.Open && AnyNoun(tags[..(i - 2)]),
        _ => false,
    };

    /// <summary>
    /// "Other Britons killed fighting Isis in the past year include ...", "foreigners detained in north-east Syria continues to
    /// vex ...": a past form right after a noun, followed by a preposition, adverb or -ing verb and then by a finite verb
    /// before any comma, conjunction or subordinating word, is a participle on that noun (a reduced relative clause); the
    /// later verb is the clause's. The finite verb must be one no participle could be (a present tense, a modal, an
    /// irregular past).
    /// </summary>
    void ReducedRelatives(Document document, int first, Span<PosTag> tags, PosTag[][] candidates)
    {
        for (var i = 1; i + 1 < tags.Length; i++)
        {
            if (tags[i] != PosTag.VBD || !candidates[i].Contains(PosTag.VBN) || tags[i - 1] is not (PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS)) continue;
            // What the participle governs follows it: a preposition ("detained in"), an adverb, an -ing verb ("killed fighting").
            if (tags[i + 1] is not (PosTag.IN or PosTag.RB or PosTag.VBG) || document.LowerOf(first + i + 1) == "that") continue;
            // "Unver said on Thursday Prakash could be freed": a verb of saying or thinking reports the clause after it.
            var lemma = lemmatizer.Lemma(document.LowerOf(first + i), PosTag.VBD);
            if (words.SpeechVerbs.Contains(lemma) || words.BeliefVerbs.Contains(lemma)) continue;
            for (var j = i + 1; j < tags.Length; j++)
            {
                var tag = tags[j];
                if (tag is PosTag.Comma or PosTag.CC or PosTag.Colon or PosTag.Punct or PosTag.WDT or PosTag.WP or PosTag.VBN
                    || words.Subordinators.Contains(document.LowerOf(first + j)))
                    break;
                // (A word mostly read as something else is no safe verb: "last week".)
                if ((tag is PosTag.VBZ or PosTag.VBP or PosTag.MD || tag == PosTag.VBD && !candidates[j].Contains(PosTag.VBN))
                    && (candidates[j][0].IsVerb() || candidates[j][0] == PosTag.MD) && tags[j - 1] is not (PosTag.IN or PosTag.TO or PosTag.DT))
                {
                    tags[i] = PosTag.VBN;
                    break;
                }
                if (tag == PosTag.VBD) break;
            }
        }
    }

    /// <summary>
    /// "The Manchester Arena attack in May 2017 killed 22 people": a present tense read in a noun phrase opened by a determiner
    /// or by the sentence, followed in its clause by a past form before its object, is the phrase's noun, and the past form the
    /// clause's verb (the headline reading "attack/VBP" had made "killed" a participle).
    /// </summary>
    static void NounBeforeItsPastVerb(Document document, int first, Span<PosTag> tags, PosTag[][] candidates)
    {
        for (var i = 2; i + 2 < tags.Length; i++)
        {
            if (tags[i] is not (PosTag.VBP or PosTag.VBZ) || !candidates[i].Any(c => c is PosTag.NN or PosTag.NNS)
                || tags[i - 1] is not (PosTag.NN or PosTag.NNP or PosTag.NNPS) || tags[i + 1] != PosTag.IN)
                continue;
            // ("Syrian air strikes near the Lebanese border town of Arsal killed three people": or a phrase opening the sentence.)
            var k = PhraseOpening(tags[..i]);
            if (tags[k] != PosTag.DT && !(k == 0 && tags[0] is PosTag.NN or PosTag.NNP or PosTag.NNPS or PosTag.JJ)) continue;
            // A phrase after it, and between them only that phrase's words: "in May 2017" (not "claims to have killed", "claims
            // they killed", "finds Iran's firing of a missile violated").
            for (var j = i + 1; j + 1 < tags.Length; j++)
            {
                var tag = tags[j];
                if (tag is PosTag.IN or PosTag.DT or PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS or PosTag.CD or PosTag.JJ
                    && !(tag == PosTag.IN && document.LowerOf(first + j) == "that"))
                    continue;
                if (tag is not (PosTag.VBD or PosTag.VBN)) break;
                if (candidates[j].Contains(PosTag.VBD) && tags[j + 1] is PosTag.CD or PosTag.DT or PosTag.PRPS)
                {
                    tags[i] = tags[i] == PosTag.VBZ && candidates[i].Contains(PosTag.NNS) ? PosTag.NNS : PosTag.NN;
                    tags[j] = PosTag.VBD;
                }
                break;
            }
        }
    }

    /// <summary>
    /// "Fresh heavy fighting is reported near Baidoa": a word mostly an adjective, read as a noun after another adjective and
    /// before an -ing form that a finite verb follows, describes that -ing form, which is the noun the verb's subject is.
    /// </summary>
    static void AdjectiveBeforeAGerundSubject(Span<PosTag> tags, PosTag[][] candidates)
    {
        for (var i = 1; i + 2 < tags.Length; i++)
            if (tags[i] == PosTag.NN && candidates[i][0] == PosTag.JJ && tags[i - 1] == PosTag.JJ && tags[i + 1] == PosTag.VBG
                && candidates[i + 1].Contains(PosTag.NN) && (tags[i + 2].IsFiniteVerb() || tags[i + 2] == PosTag.MD))
            {
                tags[i] = PosTag.JJ;
                tags[i + 1] = PosTag.NN;
            }
    }

    /// <summary>
    /// "Pakistan Air Force air strikes kill at least 35 militants": a word read as the present tense after a name, with no verb
    /// before it, followed by a plural noun and (after the phrases that place it) a plural present or past verb, or a past
    /// form read as a participle ("US air strikes killed 20 civilians"), describes that noun, the clause's subject (not
    /// "Officials say militants killed", whose verb takes a clause).
    /// </summary>
    void ModifierOfAPluralSubject(Document document, int first, Span<PosTag> tags, PosTag[][] candidates)
    {
        for (var i = 1; i + 2 < tags.Length; i++)
        {
            if (tags[i] is not (PosTag.VBP or PosTag.VB) || !candidates[i].Contains(PosTag.NN) || tags[i - 1] is not (PosTag.NNP or PosTag.NN)
                || tags[i + 1] != PosTag.NNS || SeenFiniteVerb(tags[..i]) || TakesClause(lemmatizer.Lemma(document.LowerOf(first + i), PosTag.VB))
                || words.FiringVerbs.Contains(lemmatizer.Lemma(document.LowerOf(first + i), PosTag.VB)))
                continue; // ("Troops in Bishkek fire shots": a verb of firing before what it fires stays the verb.)
            // (the verb may follow the phrases that place the subject: "Syrian government air strikes around the northern
            // Syrian city of Aleppo kill 40 people")
            for (var j = i + 2; j < tags.Length && j <= i + 12; j++)
            {
                if (tags[j] is PosTag.VBP or PosTag.VBD)
                {
                    tags[i] = PosTag.NN;
                    return;
                }
                // ("US air/VBP strikes killed/VBN 20 civilians": with the modifier read as the verb, the clause's own past tense was
                // read as a participle; it is the past tense again, when an object follows it. "The United States lift sanctions
                // imposed on Iran" keeps its verb: the participle there is a reduced relative, with no object.)
                if (tags[j] == PosTag.VBN && candidates[j].Contains(PosTag.VBD) && j + 1 < tags.Length
                    && (tags[j + 1].IsNoun() || tags[j + 1].IsAdjective() || tags[j + 1] is PosTag.DT or PosTag.CD or PosTag.PRPS))
                {
                    tags[i] = PosTag.NN;
                    tags[j] = PosTag.VBD;
                    return;
                }
                if (!PlacingPhraseWord(document, first, tags, j)) break;
            }
        }
    }

    /// <summary>
    /// Whether a word can stand in the phrases that place a subject before its verb ("strikes on Kyiv, Ukraine", "air strikes
    /// around the northern Syrian city of Aleppo"): nouns, adjectives, prepositions other than subordinators, determiners,
    /// numbers, possessives, and a comma before a name.
    /// </summary>
    bool PlacingPhraseWord(Document document, int first, ReadOnlySpan<PosTag> tags, int j) =>
        (tags[j].IsNoun() || tags[j].IsAdjective() || tags[j] is PosTag.IN or PosTag.TO or PosTag.DT or PosTag.CD or PosTag.POS
         || tags[j] == PosTag.Comma && j + 1 < tags.Length && tags[j + 1] is PosTag.NNP)
        && !words.Subordinators.Contains(document.LowerOf(first + j));

    /// <summary>"Israel released up to 50 prisoners": "up" before "to" and a number counts, it is no particle of the verb.</summary>
    static void UpToANumber(Document document, int first, Span<PosTag> tags)
    {
        for (var i = 0; i + 2 < tags.Length; i++)
            if (tags[i] == PosTag.RP && document.LowerOf(first + i) == "up" && document.LowerOf(first + i + 1) == "to" && tags[i + 2] == PosTag.CD)
                tags[i] = PosTag.RB;
    }

    /// <summary>
    /// "North Korea test fired a ballistic missile", "India test fires two Prithvi II missiles": "test" before a form of "fire" or
    /// "launch" says how the verb is done, like "test-fires"; read as a verb, it left the firing without its subject. Before
    /// the weapons ("fires test missiles") it describes them.
    /// </summary>
    void TestBeforeItsVerb(Document document, int first, Span<PosTag> tags, PosTag[][] candidates)
    {
        for (var i = 0; i + 1 < tags.Length; i++)
        {
            if (document.LowerOf(first + i) != "test") continue;
            if (tags[i + 1] is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.VBN or PosTag.VBG
                && lemmatizer.Lemma(document.LowerOf(first + i + 1), tags[i + 1]) is "fire" or "launch")
            {
                tags[i] = PosTag.RB;
                // ("claims to have successfully test fired": the participle of the perfect.)
                if (tags[i + 1] == PosTag.VBD && Enumerable.Range(Math.Max(0, i - 2), Math.Min(2, i)).Any(j => document.LowerOf(first + j) is "have" or "has" or "had"))
                    tags[i + 1] = PosTag.VBN;
            }
            // ("India test fires two missiles": "fires" read as a plural noun.)
            else if (tags[i + 1] == PosTag.NNS && document.LowerOf(first + i + 1) is "fires" or "launches" && !SeenFiniteVerb(tags[..i]))
            {
                tags[i] = PosTag.RB;
                tags[i + 1] = PosTag.VBZ;
            }
            // "North Korea fires test missiles": "test" describes the missiles, and "fires" is the verb.
            else if (i > 0 && tags[i] is PosTag.VBP or PosTag.VB && tags[i + 1] is PosTag.NNS && tags[i - 1] == PosTag.NNS && candidates[i - 1].Contains(PosTag.VBZ)
                     && document.LowerOf(first + i - 1) is "fires" or "launches" && !SeenFiniteVerb(tags[..(i - 1)]))
            {
                tags[i - 1] = PosTag.VBZ;
                tags[i] = PosTag.NN;
            }
        }
    }

    static bool AnyNoun(ReadOnlySpan<PosTag> tags)
    {
        foreach (var tag in tags)
            if (tag.IsNoun()) return true;
        return false;
    }

    static bool IsTerminalNoun(PosTag[] options) => options[0].IsNoun();

    /// <summary>Whether a count of things follows: "kills at least 18 people", "wounds more than 20", "injures nearly 30".</summary>
    static bool CountFollows(Document document, int t, int end)
    {
        string Word(int k) => k < end ? document.LowerOf(k) : "";
        return Word(t + 1) switch
        {
            "at" => Word(t + 2) is "least" or "most",
            "more" or "fewer" or "less" => Word(t + 2) == "than",
            "nearly" or "almost" or "around" or "about" or "some" or "over" or "roughly" => Word(t + 2).Length > 0 && char.IsDigit(Word(t + 2)[0])
                                                                                           || Word(t + 2) is "a" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "dozen" or "hundred",
            "dozens" or "hundreds" or "thousands" or "scores" => Word(t + 2) == "of",
            _ => false,
        };
    }

    /// <summary>Whether the words before are names joined by "and" from the start of the clause: "Iran and the IAEA".</summary>
    static bool AfterJoinedNames(Document document, int first, ReadOnlySpan<PosTag> tags)
    {
        var joined = false;
        for (var k = tags.Length - 1; k >= 0; k--)
        {
            var tag = tags[k];
            if (tag is PosTag.NNP or PosTag.NNPS or PosTag.DT) continue;
            if (tag == PosTag.CC && document.LowerOf(first + k) == "and") { joined = true; continue; }
            return joined && tag is PosTag.Comma or PosTag.IN;
        }
        return joined;
    }

    /// <summary>Whether a finite verb occurs since the last clause boundary (comma, conjunction, "that").</summary>
    bool SeenFiniteVerbInClause(Document document, int first, ReadOnlySpan<PosTag> tags)
    {
        for (var k = tags.Length - 1; k >= 0; k--)
        {
            var tag = tags[k];
            // "between Russia and Ukraine": "and" inside a noun phrase ends no clause.
            if (tag == PosTag.CC && k > 0 && k + 1 < tags.Length && tags[k - 1].IsNoun() && (tags[k + 1].IsNoun() || tags[k + 1] is PosTag.DT or PosTag.CD || tags[k + 1].IsAdjective()))
                continue;
            // ("this is what the administration promised": "what" opens a clause of its own.)
            if (tag is PosTag.Comma or PosTag.CC or PosTag.WDT or PosTag.WP or PosTag.Colon || document.LowerOf(first + k) is "that"
                or "after" or "before" or "when" or "while" or "because" or "until" or "once" or "if" or "unless" or "although" or "though" or "whereas"
                or "as" or "since")
                return false;
            // "said Wang and Sullivan met": a verb of saying opens a new clause, whose own verb comes next.
            if (tag.IsFiniteVerb() && document.LowerOf(first + k) is "said" or "says")
                return false;
            // "United Nations investigators condemned": a capitalised first word before another is a name's, not a verb.
            if (k == 0 && k + 1 < tags.Length && char.IsUpper(document.TextOf(first)[0]) && char.IsUpper(document.TextOf(first + 1)[0])) continue;
            if (tag.IsFiniteVerb() || tag == PosTag.MD) return true;
            // ("Fourteen Israeli soldiers injured in drone attacks": the headline's participle is its clause's verb, so "attacks"
            // after it is no second one.)
            if (IsHeadlineParticiple(document, first, tags, k)) return true;
        }
        return false;
    }

    /// <summary>Verbs of saying, believing and demanding, whose clause may follow a phrase ("said in a statement the army has").</summary>
    bool TakesClause(string lemma) => words.SpeechVerbs.Contains(lemma) || words.BeliefVerbs.Contains(lemma) || words.DemandVerbs.Contains(lemma);

    /// <summary>
    /// Whether an auxiliary or a modal follows within the same clause: no comma, conjunction, relative or subordinating
    /// word, or subject pronoun comes first.
    /// </summary>
    bool AuxiliaryFollows(Document document, int t, int end, PosTag[][] candidates, int first)
    {
        for (var k = t + 1; k < end && k <= t + 12; k++)
        {
            var lower = document.LowerOf(k);
            if (words.Auxiliaries.Contains(lower)) return true;
            // ("a man killed while clearing mines ... has paid": a participle phrase after "while" or "when" goes on.)
            if (words.Subordinators.Contains(lower) && k + 1 < end && candidates[k + 1 - first].Contains(PosTag.VBG)) continue;
            if (candidates[k - first][0] is PosTag.Comma or PosTag.CC or PosTag.Colon or PosTag.Quote or PosTag.WDT or PosTag.WP or PosTag.WRB or PosTag.PRP
                || words.Subordinators.Contains(lower))
                return false;
        }
        return false;
    }

    /// <summary>A plural subject ("police" is one without the -s) before the preposition that names what is fired at.</summary>
    bool AtTarget(PosTag prev, string prevLower, string nextLower) =>
        words.TargetPrepositions.Contains(nextLower) && (prev is PosTag.NNS or PosTag.NNPS || words.UnmarkedPlurals.Contains(prevLower));

    /// <summary>Whether the words so far are one noun phrase opened by a determiner at the sentence's start ("The United States military").</summary>
    static bool OpensWithDeterminer(ReadOnlySpan<PosTag> chosen) => PhraseOpening(chosen) == 0 && chosen[0] == PosTag.DT;

    /// <summary>
    /// Where the phrase of singular nouns, names and adjectives that ends the words so far opens: the word before its first
    /// ("the" in "the Manchester Arena attack"), or the sentence's first word.
    /// </summary>
    static int PhraseOpening(ReadOnlySpan<PosTag> tags)
    {
        var k = tags.Length - 1;
        while (k > 0 && tags[k] is PosTag.NN or PosTag.NNP or PosTag.NNPS or PosTag.JJ) k--;
        return k;
    }

    /// <summary>Whether the words are nouns and adjectives of one noun phrase, with no plural noun among them: "opposition".</summary>
    static bool NounRun(ReadOnlySpan<PosTag> tags)
    {
        foreach (var tag in tags) if (tag is not (PosTag.NN or PosTag.NNP or PosTag.JJ)) return false;
        return true;
    }

    static bool SeenFiniteVerb(ReadOnlySpan<PosTag> tags)
    {
        foreach (var tag in tags) if (tag.IsFiniteVerb() || tag == PosTag.MD) return true;
        return false;
    }
}
