using Parley.Model;
using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// Questions about the shape of one sentence that several passes ask: the noun phrase around a
/// word, the prepositional phrases after it, the preposition governing a name, where a clause
/// boundary falls, the occasion a meeting is named as, the armed group an act with no target is aimed at.
/// </summary>
public sealed class Syntax(Document d, Sentence sentence, WordLists words)
{
    public WordLists Words => words;

    /// <summary>The noun phrase that ends at an event noun: "a Chinese attack", "Russia's two-day visit".</summary>
    public TokenRange NounPhraseAround(int anchor)
    {
        var first = anchor;
        while (first - 1 >= sentence.FirstToken && (ClauseAnalyzer.IsNominal(d, first - 1) || d.MentionsOf(sentence).Any(m => m is ActorMention && m.Contains(first - 1))))
            first--;
        return new TokenRange(first, anchor + 1);
    }

    /// <summary>Up to three prepositional phrases right after a word, stopping at a verb, a full stop or a relative pronoun.</summary>
    public IEnumerable<PrepPhrase> PrepsAfter(int last)
    {
        var t = last + 1;
        var seen = 0;
        while (t < sentence.EndToken && seen < 3)
        {
            var tag = d.TagOf(t);
            if (tag is PosTag.IN or PosTag.TO)
            {
                var np = ClauseAnalyzer.ReadNounPhrase(words, d, t + 1, sentence.EndToken);
                if (np.IsEmpty) yield break;
                if (IsWithParticiple(t, np)) yield break; // "with X saying"
                yield return new PrepPhrase(d.LowerOf(t), t, np);
                seen++;
                t = np.End;
                continue;
            }
            if (tag.IsVerb() || tag is PosTag.Punct or PosTag.Colon || words.RelativePronouns.Contains(d.LowerOf(t))) yield break;
            t++;
        }
    }

    /// <summary>"with X saying ...": a "with" phrase that is the subject of a participle, not a party.</summary>
    public bool IsWithParticiple(int preposition, TokenRange phrase) =>
        d.LowerOf(preposition) == "with" && phrase.End < sentence.EndToken && d.TagOf(phrase.End) == PosTag.VBG;

    /// <summary>Whether a clause boundary lies between two tokens: a full stop, a comma outside a list of names, or a word that opens a new clause.</summary>
    public bool Boundary(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            // ", including the United States, Germany and France": a list that names the parties.
            if (d.TagOf(t) == PosTag.Comma && (words.ListIntroducers.Contains(d.LowerOf(t + 1)) || words.ListIntroducers.Contains(d.LowerOf(t - 1)) || IsListComma(t))) continue;
            if (d.TagOf(t) is PosTag.Punct or PosTag.Colon or PosTag.Comma) return true;
            if (words.ClauseOpeners.Contains(d.LowerOf(t))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether another clause starts in [from, to): a finite verb, an infinitive ("trained Kurdish-led units to fight Isis"),
    /// or a gerund after a preposition ("sentenced for belonging to the YPG"). A name after it is that clause's party.
    /// </summary>
    public bool ClauseStartsBetween(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var tag = d.TagOf(t);
            if (tag.IsFiniteVerb() || t + 1 < to && (tag == PosTag.TO && d.TagOf(t + 1) == PosTag.VB || tag == PosTag.IN && d.TagOf(t + 1) == PosTag.VBG))
                return true;
        }
        return false;
    }

    /// <summary>A comma inside a list of names: "the United States, Germany and France".</summary>
    bool IsListComma(int comma) =>
        comma > 0 && d.TagOf(comma - 1).IsProperNoun() && d.TagOf(comma + 1) is PosTag.NNP or PosTag.NNPS or PosTag.DT
        && Enumerable.Range(comma + 1, 6).TakeWhile(t => t < d.TokenCount && d.TagOf(t) is not (PosTag.Punct or PosTag.Colon)).Any(t => d.LowerOf(t) == "and");

    /// <summary>
    /// The word an infinitive's "to" follows, over a date between them: "voted on Thursday to set up", "his decision last week
    /// to launch". The infinitive belongs to what comes before the date.
    /// </summary>
    public int BeforeInfinitive(Clause infinitive)
    {
        var first = sentence.FirstToken;
        var before = infinitive.First - 1;
        if (before >= first && d.MentionsOf(sentence).FirstOrDefault(m => m is DateMention && m.First <= before && before < m.End) is { } date)
        {
            before = date.First - 1;
            if (before >= first && d.TagOf(before) == PosTag.IN) before--;
        }
        return before;
    }

    /// <summary>Whether a mention is a possessive ("a key role in Turkey's assault on Afrin"): it names a party, not a place.</summary>
    public bool Possessive(Mention m) => m.End < sentence.EndToken && d.TagOf(m.End) == PosTag.POS;

    /// <summary>
    /// Whether a place names a party rather than where something happens: a possessive, a country before a noun
    /// ("killed in a US airstrike": whose attack, not where), or a capital as the agent ("supported by Moscow").
    /// </summary>
    public bool NamesAParty(PlaceMention m) =>
        Possessive(m) || m.Place.Kind == PlaceKind.Country && m.End < sentence.EndToken && d.TagOf(m.End) is PosTag.NN or PosTag.NNS
        || m.Place.Kind == PlaceKind.Capital && m.First > sentence.FirstToken && d.LowerOf(m.First - 1) == "by";

    /// <summary>
    /// The states where the sentence sets its scene: a town or region wherever it stands ("Russian forces strike
    /// Zaporizhzhia", "Idlib has seen an increase in bloodshed") and a country after a locative preposition ("in Syria", not
    /// "Syria said"). A sentence whose events are all said or decided sets none ("In Geneva, the UN children's fund issued a
    /// statement"): the scene of what is done stays where it was.
    /// </summary>
    public List<string> SceneCountries(IReadOnlyCollection<CodedEvent> events)
    {
        if (events.Count > 0 && !events.Any(e => e.Category.IsPhysical())) return [];
        return d.PlacesOf(sentence)
                .Where(m => !NamesAParty(m) && (m.Place.Kind != PlaceKind.Country
                            || LocativeBefore(m.First) is not null))
                .Select(m => m.Place.Country).OfType<string>().Distinct().ToList();
    }

    /// <summary>The head of a noun phrase: its last noun before a preposition or a comma (<see cref="ClauseAnalyzer.HeadNoun"/>).</summary>
    public int? HeadNoun(TokenRange phrase) => ClauseAnalyzer.HeadNoun(d, phrase);

    /// <summary>A noun phrase without what a preposition or a comma adds to it (<see cref="ClauseAnalyzer.OwnPhrase"/>).</summary>
    public TokenRange OwnPhrase(TokenRange phrase) => ClauseAnalyzer.OwnPhrase(d, phrase);

    /// <summary>How many quotation marks stand in the sentence before a token.</summary>
    public int QuotesBefore(int token)
    {
        var quotes = 0;
        for (var t = sentence.FirstToken; t < token; t++) if (d.TagOf(t) == PosTag.Quote) quotes++;
        return quotes;
    }

    /// <summary>Whether a token stands inside a quotation: one opened before it in the sentence, or one the sentence begins inside.</summary>
    public bool Quoted(int token) => QuotesBefore(token) is var quotes && (quotes % 2 == 1 || quotes == 0 && OpensInsideQuotation());

    /// <summary>
    /// Whether the sentence begins inside a quotation opened in a sentence before it: "“We will not leave the blood of our
    /// martyrs on the ground. We will continue our struggle ...,” he said." Read from the original text's curly quotes,
    /// which tell opening from closing: the last one before the sentence opens.
    /// </summary>
    public bool OpensInsideQuotation()
    {
        var text = d.Article.Text;
        var start = Math.Min(d.ToOriginal(sentence.Start), text.Length);
        for (var i = start - 1; i >= 0 && i >= start - 3000; i--)
        {
            if (text[i] == '\u201D') return false;
            if (text[i] == '\u201C') return true;
        }
        return false;
    }

    /// <summary>Whether the word names a part of a place by the compass: "southern", "north-east".</summary>
    bool IsCompass(int t) => words.CompassModifiers.Contains(d.LowerOf(t)) || words.CompassPoints.Contains(d.LowerOf(t));

    /// <summary>Whether the mention starting at the token names a state only inside the name of a sea or gulf ("the Sea of Japan").</summary>
    public bool NamesWater(int first) =>
        first >= sentence.FirstToken + 2 && d.LowerOf(first - 1) == "of" && char.IsUpper(d.TextOf(first - 2)[0]) && words.WaterBodyNouns.Contains(d.LowerOf(first - 2));

    /// <summary>The locative preposition ("in", "at", "near", ...) governing the noun phrase that holds <paramref name="token"/>; null for any other.</summary>
    public string? LocativeBefore(int token) =>
        PrepositionBefore(token, sentence.FirstToken) is { } p && words.LocativePrepositions.Contains(p) ? p : null;

    /// <summary>The preposition governing a noun phrase that contains <paramref name="token"/>.</summary>
    public string? PrepositionBefore(int token, int limit)
    {
        // Up to six words back, counted again after each "of": "in the streets of the Syrian capital Damascus".
        var budget = 6;
        for (var t = token - 1; t >= limit && t >= token - 18 && budget > 0; t--, budget--)
        {
            if (d.LowerOf(t) == "of")
            {
                // "villages north of Aleppo": near the place.
                if (t - 1 >= limit && words.CompassPoints.Contains(d.LowerOf(t - 1))) return "near";
                budget = 7; // six words more before the "of" (the loop counts this one): "off the coast of South Carolina"
                continue;
            }
            // "in Tell Abyad, Raqqa Governorate": past a name the gazetteer does not know to the wider place after it.
            // A list of such names costs no words of the budget but its names ("on Ein Yaakov, Gaaton and Yehiam, northern Israel").
            if (d.TagOf(t) == PosTag.Comma && t - 1 >= limit && d.TagOf(t - 1) == PosTag.NNP)
            {
                if (!ClauseAnalyzer.IsPlace(d, t - 1)) budget++;
                continue;
            }
            // ("in Harouf and Qlayleh, Lebanon": names joined by "and".)
            if (d.LowerOf(t) == "and" && t - 1 >= limit && d.TagOf(t - 1) == PosTag.NNP && d.TagOf(t + 1) == PosTag.NNP)
            {
                if (!ClauseAnalyzer.IsPlace(d, t - 1)) budget++;
                continue;
            }
            // ("in eastern and southern Lebanon": parts of one place joined by "and".)
            if (d.LowerOf(t) is "and" or "or" && t - 1 >= limit && IsCompass(t - 1) && IsCompass(t + 1)) continue;
            if (words.LocativePrepositions.Contains(d.LowerOf(t))) return d.LowerOf(t); // whatever its tag ("off" as a particle)
            var tag = d.TagOf(t);
            if (tag is PosTag.IN or PosTag.TO) return d.LowerOf(t);
            // ("in northwest Pakistan": a compass point before the name, whatever its tag.)
            if (words.CompassPoints.Contains(d.LowerOf(t)) && char.IsLower(d.TextOf(t)[0])) continue;
            if (!ClauseAnalyzer.IsNominal(d, t)) return null;
        }
        return null;
    }

    /// <summary>"a complete siege of the Gaza Strip": an "of" within three words before the name.</summary>
    public bool PrecededByOf(int token, int from)
    {
        for (var t = token - 1; t > from && t >= token - 3; t--)
        {
            if (d.LowerOf(t) == "of") return true;
            if (!ClauseAnalyzer.IsNominal(d, t)) return false;
        }
        return false;
    }

    /// <summary>"..., with the Chinese leader calling for dialogue": a participle whose subject follows "with" is an event of its own.</summary>
    public bool AbsoluteWith(Clause c) =>
        !c.Subject.IsEmpty && c.Subject.First - 1 >= sentence.FirstToken && d.LowerOf(c.Subject.First - 1) == "with"
        && c.Subject.End == c.First && d.TagOf(c.Head) == PosTag.VBG;

    /// <summary>
    /// The one armed group of no state (Isis, al-Qaeda) the sentence names that is not an actor of the event: "seized a
    /// town that had become one of the last refuges for the Isis leadership", "the Syrian army drove Isis militants out of
    /// their last stronghold ... following a government offensive". A group of one state (the YPG, Islamic Jihad) is often
    /// its state's side in the labels; a group named as another side's enemy or ally ("the fight against Isis", "in combat
    /// with Isis", "fighting with Islamic State") or as who held a place ("under Isis control until 2016") is no party of
    /// this act.
    /// </summary>
    public EventEntity? ArmedGroupApart(CodedEvent e)
    {
        if (e.Actor.Count == 0) return null;
        EventEntity? found = null;
        foreach (var m in d.ActorsOf(sentence).OrderBy(m => m.First))
        {
            if (m.Entity is not { Org: { } org, Sector: Sector.REB, Country: null } entity || e.Actor.Any(a => a.Entity.Org == org)) continue;
            if (Aside(m)) continue;
            if (found is not null && found.Entity.Org != org) return null;
            found ??= new EventEntity(d.TextOf(m.First, m.End - 1), entity);
        }
        return found;
    }

    /// <summary>
    /// "in Benghazi, Libya": the place below a state's rank that ends right before the comma at <paramref name="comma"/> and lies
    /// in <paramref name="country"/>, which the state named after the comma only widens; null when there is none.
    /// </summary>
    public PlaceMention? PlaceWidenedBy(int comma, string country) =>
        comma > sentence.FirstToken && d.TagOf(comma) == PosTag.Comma
            ? d.PlacesOf(sentence).FirstOrDefault(p => p.End == comma && p.Place.Kind != PlaceKind.Country && p.Place.Country == country)
            : null;

    /// <summary>
    /// "a missile hit a Saudi airbase", "Russian missiles hit Kharkiv", "an airstrike destroyed the hospital": the active
    /// clause in which a weapon or an attack, its subject, strikes the clause's object, by the verb its pattern names (slot
    /// `obj`, "missile/N hit") or by a verb of impact (words/impact-verbs.txt); null when the event is no such subject.
    /// </summary>
    public Clause? WeaponActing(CodedEvent e)
    {
        var match = e.Match;
        if (e.Clause is not { Passive: false } acting || acting.Head == match.Anchor || !acting.Subject.Contains(match.Anchor))
            return null;
        var named = match.Trigger.RecipientSlots.Contains("obj") && acting.Head <= match.Last;
        var impact = e.Category == PloverCategory.Assault && match.Trigger.Class == AnchorClass.Noun && acting.Head > match.Last
                     && acting.Subject.End - 1 == match.Last && words.ImpactVerbs.Contains(d.LemmaOf(acting.Head));
        return named || impact ? acting : null;
    }

    /// <summary>"the fight against Isis", "with Isis", "under Isis control": a group named as someone's enemy or ally, or a place's holder.</summary>
    bool Aside(ActorMention m)
    {
        for (var t = m.First - 1; t >= sentence.FirstToken && t >= m.First - 3; t--)
            if (d.LowerOf(t) is "against" or "under" or "with") return true;
        return m.End < sentence.EndToken && d.LowerOf(m.End) is "control" or "rule";
    }

    public bool HasActorIn(TokenRange range) =>
        d.MentionsOf(sentence).Any(m => m is ActorMention && m.IsWithin(range));

    /// <summary>
    /// "during a visit to Chisinau", "on a visit to Kyiv", "ahead of a visit to Tehran", "in a phone call with":
    /// a meeting named as the occasion of the main event happens too (or will, after "ahead of"), unlike
    /// an attack or a deal named as background ("after the attack", "since the invasion"). Talks named
    /// after "after" or "following" are left as background: news reports them as what led to the event.
    /// Returns the preposition that introduces it, or null.
    /// </summary>
    public string? MeetingOccasion(CodedEvent e)
    {
        if (e.Category != PloverCategory.Consult) return null;
        var np = NounPhraseAround(e.Match.Anchor);
        var before = np.First - 1;
        if (before < sentence.FirstToken) return null;
        var prep = d.LowerOf(before);
        if (prep == "of" && before - 1 >= sentence.FirstToken && words.OccasionHeads.Contains(d.LowerOf(before - 1))) prep = d.LowerOf(before - 1);
        if (prep is not "ahead" && words.OccasionHeads.Contains(prep)) prep = "during"; // "on the sidelines of", "in the course of"
        return words.OccasionPrepositions.Contains(prep) ? prep : null;
    }

    /// <summary>The stretch of the sentence that belongs to an event: its clause from the subject to the next clause, or a few words around a trigger with no clause.</summary>
    public TokenRange RegionOf(CodedEvent e)
    {
        if (e.Clause is not { } clause) return new TokenRange(Math.Max(sentence.FirstToken, e.Match.Anchor - 6), Math.Min(sentence.EndToken, e.Last + 8));
        return new TokenRange(clause.Start, clause.Limit);
    }

    /// <summary>Whether a clause, or a clause it depends on, is the condition of an "if" or "unless".</summary>
    public static bool InCondition(Clause c)
    {
        for (var k = c; k is not null; k = k.NonFinite ? k.Governor : null)
            if (k.Subordinator is "if" or "unless") return true;
        return false;
    }
}
