using Parley.Io;

namespace Parley.Text;

/// <summary>
/// The word lists the analysis and the coder use, from data/words/*.txt: one list per file, named
/// after it. A missing or malformed file is reported through the problem log, never ignored.
/// </summary>
public sealed class WordLists
{
    /// <summary>Reads the lists one by one and remembers them, so that files no rule reads can be reported.</summary>
    sealed class Reader(string directory, ProblemLog problems)
    {
        public List<WordList> All { get; } = [];

        public WordList Read(string name)
        {
            var list = WordList.Load(directory, name, problems);
            All.Add(list);
            return list;
        }

        /// <summary>A file in data/words that no rule reads is a list someone meant to use: say so.</summary>
        public void ReportUnused()
        {
            if (!Directory.Exists(directory)) return;
            foreach (var file in Directory.GetFiles(directory, "*.txt"))
                if (All.All(l => l.Name != Path.GetFileNameWithoutExtension(file))) problems.Add(file, 0, "word list not used by any rule");
        }
    }

    readonly Reader reader;

    WordLists(Reader reader)
    {
        this.reader = reader;
        // The lists, in alphabetical order of their files.
        AllegationBreaks = reader.Read("allegation-breaks");
        AllegationLinks = reader.Read("allegation-links");
        Approximators = reader.Read("approximators");
        AnnouncingVerbs = reader.Read("announcing-verbs");
        ArmedGroupAnaphors = reader.Read("armed-group-anaphors");
        ArmedGroupNouns = reader.Read("armed-group-nouns");
        ArrivalVerbs = reader.Read("arrival-verbs");
        AspectVerbs = reader.Read("aspect-verbs");
        AttackNouns = reader.Read("attack-nouns");
        AttemptVerbs = reader.Read("attempt-verbs");
        BackerSuffixes = reader.Read("backer-suffixes");
        BackgroundConjunctions = reader.Read("background-conjunctions");
        BackgroundPrepositions = reader.Read("background-prepositions");
        BeliefVerbs = reader.Read("belief-verbs");
        BorderNouns = reader.Read("border-nouns");
        BirthplaceSuffixes = reader.Read("birthplace-suffixes");
        WaterBodyNouns = reader.Read("water-body-nouns");
        AbroadWords = reader.Read("abroad-words");
        CausePrepositions = reader.Read("cause-prepositions");
        CauseSubordinators = reader.Read("cause-subordinators");
        AftermathWords = reader.Read("aftermath-words");
        AttributionVerbs = reader.Read("attribution-verbs");
        Demonstratives = reader.Read("demonstratives");
        TimePhraseFillers = reader.Read("time-phrase-fillers");
        VerbParticles = reader.Read("verb-particles");
        GerundPrepositions = reader.Read("gerund-prepositions");
        ChoiceVerbs = reader.Read("choice-verbs");
        ClaimVerbs = reader.Read("claim-verbs");
        ClauseOpeners = reader.Read("clause-openers");
        ClauseSubordinators = reader.Read("clause-subordinators");
        CollectiveHeads = reader.Read("collective-heads");
        CommentingVerbs = reader.Read("commenting-verbs");
        CommitmentNouns = reader.Read("commitment-nouns");
        CompanyNouns = reader.Read("company-nouns");
        CompassModifiers = reader.Read("compass-modifiers");
        CompassPoints = reader.Read("compass-points");
        ConditionalSubordinators = reader.Read("conditional-subordinators");
        ConductingVerbs = reader.Read("conducting-verbs");
        ConsiderVerbs = reader.Read("consider-verbs");
        Copulas = reader.Read("copulas");
        CountryNameEnds = reader.Read("country-name-ends");
        CriticismWords = reader.Read("criticism-words");
        DateIntroducers = reader.Read("date-introducers");
        DateNameHeads = reader.Read("date-name-heads");
        DeadlinePrepositions = reader.Read("deadline-prepositions");
        DeadlineWords = reader.Read("deadline-words");
        DecisionNouns = reader.Read("decision-nouns");
        AttemptNouns = reader.Read("attempt-nouns");
        Auxiliaries = reader.Read("auxiliaries");
        NameParticles = reader.Read("name-particles");
        NamePrefixWords = reader.Read("name-prefix-words");
        NoCountWords = reader.Read("no-count-words");
        NobodyWords = reader.Read("nobody-words");
        NounPrepositions = reader.Read("noun-prepositions");
        DemandVerbs = reader.Read("demand-verbs");
        DenialVerbs = reader.Read("denial-verbs");
        DestinationPrepositions = reader.Read("destination-prepositions");
        DisasterWords = reader.Read("disaster-words");
        DiscussionVerbs = reader.Read("discussion-verbs");
        FailVerbs = reader.Read("fail-verbs");
        PreventionVerbs = reader.Read("prevention-verbs");
        KeepFromVerbs = reader.Read("keep-from-verbs");
        DepartureVerbs = reader.Read("departure-verbs");
        WorkerNouns = reader.Read("worker-nouns");
        FirstPersonPossessives = reader.Read("first-person-possessives");
        FirstPersonWords = reader.Read("first-person-words");
        FutureMarkers = reader.Read("future-markers");
        FutureModals = reader.Read("future-modals");
        FutureVerbs = reader.Read("future-verbs");
        HarmWords = reader.Read("harm-words");
        HedgeWords = reader.Read("hedge-words");
        HelpVerbs = reader.Read("help-verbs");
        HistoricalMarkers = reader.Read("historical-markers");
        Honorifics = reader.Read("honorifics");
        HostVerbs = reader.Read("host-verbs");
        HypotheticalMarkers = reader.Read("hypothetical-markers");
        HypotheticalModals = reader.Read("hypothetical-modals");
        ImprisonVerbs = reader.Read("imprison-verbs");
        InfinitiveVerbs = reader.Read("infinitive-verbs");
        InjuryVerbs = reader.Read("injury-verbs");
        IntentVerbs = reader.Read("intent-verbs");
        IntentionNouns = reader.Read("intention-nouns");
        IntergovernmentalNouns = reader.Read("intergovernmental-nouns");
        ListIntroducers = reader.Read("list-introducers");
        ListJoiners = reader.Read("list-joiners");
        RangeJoiners = reader.Read("range-joiners");
        OwnPeopleNouns = reader.Read("own-people-nouns");
        GroupPossessives = reader.Read("group-possessives");
        PersonPossessives = reader.Read("person-possessives");
        ImpactPrepositions = reader.Read("impact-prepositions");
        LocativePrepositions = reader.Read("locative-prepositions");
        MakerSuffixes = reader.Read("maker-suffixes");
        MannerNouns = reader.Read("manner-nouns");
        MeasureNouns = reader.Read("measure-nouns");
        NamingVerbs = reader.Read("naming-verbs");
        QuestionVerbs = reader.Read("question-verbs");
        QuestionWords = reader.Read("question-words");
        WeaponNouns = reader.Read("weapon-nouns");
        FiringVerbs = reader.Read("firing-verbs");
        WeaponWords = reader.Read("weapon-words");
        AccidentWords = reader.Read("accident-words");
        TollFrames = reader.Read("toll-frames");
        DurationHeads = reader.Read("duration-heads");
        VoterNouns = reader.Read("voter-nouns");
        NatureSubjects = reader.Read("nature-subjects");
        ObjectControlVerbs = reader.Read("object-control-verbs");
        InstrumentVerbs = reader.Read("instrument-verbs");
        OccasionHeads = reader.Read("occasion-heads");
        OccurrenceVerbs = reader.Read("occurrence-verbs");
        NamedDocumentNouns = reader.Read("named-document-nouns");
        DatedOccasionNouns = reader.Read("dated-occasion-nouns");
        SendingVerbs = reader.Read("sending-verbs");
        OccasionPrepositions = reader.Read("occasion-prepositions");
        OfficeNouns = reader.Read("office-nouns");
        OrderVerbs = reader.Read("order-verbs");
        OrdinalModifiers = reader.Read("ordinal-modifiers");
        PersonPronouns = reader.Read("person-pronouns");
        PlaceKindNouns = reader.Read("place-kind-nouns");
        FacilityNouns = reader.Read("facility-nouns");
        PremisesNouns = reader.Read("premises-nouns");
        TargetPrepositions = reader.Read("target-prepositions");
        UnmarkedPlurals = reader.Read("unmarked-plurals");
        ReadinessWords = reader.Read("readiness-words");
        ImpactVerbs = reader.Read("impact-verbs");
        AuthoringVerbs = reader.Read("authoring-verbs");
        CapitalisedAgents = reader.Read("capitalised-agents");
        PlaceNamePrefixes = reader.Read("place-name-prefixes");
        PlacePrepositions = reader.Read("place-prepositions");
        PlannedAdjectives = reader.Read("planned-adjectives");
        PlanningVerbs = reader.Read("planning-verbs");
        PluralPronouns = reader.Read("plural-pronouns");
        PresentMarkers = reader.Read("present-markers");
        PrisonTerms = reader.Read("prison-terms");
        PropositionNouns = reader.Read("proposition-nouns");
        ProtestSitePrepositions = reader.Read("protest-site-prepositions");
        ReciprocalPhrases = reader.Read("reciprocal-phrases");
        ReciprocalStates = reader.Read("reciprocal-states");
        RelativePronouns = reader.Read("relative-pronouns");
        ResponsibilityNouns = reader.Read("responsibility-nouns");
        SecondObjectParticiples = reader.Read("second-object-participles");
        SelfConcessions = reader.Read("self-concessions");
        SentenceStarters = reader.Read("sentence-starters");
        SequencePrepositions = reader.Read("sequence-prepositions");
        SharingVerbs = reader.Read("sharing-verbs");
        SigningVerbs = reader.Read("signing-verbs");
        SpeechVerbs = reader.Read("speech-verbs");
        SpokespersonNouns = reader.Read("spokesperson-nouns");
        SportWords = reader.Read("sport-words");
        StatelessLowercaseModifiers = reader.Read("stateless-lowercase-modifiers");
        StatelessModifiers = reader.Read("stateless-modifiers");
        StatementNouns = reader.Read("statement-nouns");
        SubordinateOpeners = reader.Read("subordinate-openers");
        Subordinators = reader.Read("subordinators");
        SummitNouns = reader.Read("summit-nouns");
        SupportVerbs = reader.Read("support-verbs");
        ThingPronouns = reader.Read("thing-pronouns");
        TimeOwnerPrepositions = reader.Read("time-owner-prepositions");
        TimePhraseWords = reader.Read("time-phrase-words");
        TitleModifiers = reader.Read("title-modifiers");
        TravelVerbs = reader.Read("travel-verbs");
        TwoSidedFighting = reader.Read("two-sided-fighting");
        UnchangingPastVerbs = reader.Read("unchanging-past-verbs");
        UnidentifiedAttackers = reader.Read("unidentified-attackers");
    }

    public static WordLists Load(string dataDirectory, ProblemLog problems)
    {
        var reader = new Reader(Path.Combine(dataDirectory, "words"), problems);
        var lists = new WordLists(reader);
        reader.ReportUnused();
        return lists;
    }

    /// <summary>Every list loaded, for tests.</summary>
    public IReadOnlyList<WordList> All => reader.All;

    /// <summary>Words that end the stretch between an accusation and the act it alleges: "accused X, and ...".</summary>
    public WordList AllegationBreaks { get; }

    /// <summary>Prepositions that link an accusation to the act alleged: "accused X of", "blamed Y for".</summary>
    public WordList AllegationLinks { get; }

    /// <summary>"more than four years since": words between "to be" and the time since an act.</summary>
    public WordList Approximators { get; }

    /// <summary>"announced he was withdrawing", "decided to withdraw": verbs that make a retreat known or settle on it.</summary>
    public WordList AnnouncingVerbs { get; }

    /// <summary>"The militants", "five insurgents": fighters, counted or definite, of the armed group the document named last.</summary>
    public WordList ArmedGroupAnaphors { get; }

    /// <summary>"the group", "the militia": a definite noun that refers back to the armed group or organisation last named.</summary>
    public WordList ArmedGroupNouns { get; }

    /// <summary>Verbs of arriving: an office holder arriving somewhere visits it; anyone else only travels.</summary>
    public WordList ArrivalVerbs { get; }

    /// <summary>"kept firing", "continued shelling": verbs of aspect, after which an -ing form is a verb.</summary>
    public WordList AspectVerbs { get; }

    /// <summary>Nouns for attacks and operations: "a raid that killed 200 people" reports an act even with no actor named.</summary>
    public WordList AttackNouns { get; }

    /// <summary>"attempts to kill", "tried to block": an attempted act is the act; "is trying to arrange" is still to happen.</summary>
    public WordList AttemptVerbs { get; }

    /// <summary>Words that introduce background: "after an explosion that killed 160 people".</summary>
    public WordList BackgroundConjunctions { get; }

    /// <summary>Prepositions that make an event noun the topic or background of another event: "relief from sanctions", "since the invasion".</summary>
    public WordList BackgroundPrepositions { get; }

    /// <summary>Verbs of belief and expectation: "expects Russia to withdraw" promises nothing.</summary>
    public WordList BeliefVerbs { get; }

    /// <summary>"US-backed rebels": second halves of hyphenated compounds that name a backer, not the group itself.</summary>
    public WordList BackerSuffixes { get; }

    /// <summary>"its border with Belarus": a border names the neighbour as a destination.</summary>
    public WordList BorderNouns { get; }

    /// <summary>"Somali-born", "Irish-born": second halves of hyphenated compounds that name a birthplace, not a nationality.</summary>
    public WordList BirthplaceSuffixes { get; }

    /// <summary>"the Sea of Japan", "the Gulf of Mexico": a state named after one of these and "of" names the water.</summary>
    /// <summary>"a foreign conspiracy", "the international community": parties abroad named without a state (data/words/abroad-words.txt).</summary>
    public WordList AbroadWords { get; }

    public WordList WaterBodyNouns { get; }

    /// <summary>"killed in Boko Haram attacks", "killed during a US air raid": prepositions before the attack that caused a casualty reported without its agent.</summary>
    public WordList CausePrepositions { get; }

    /// <summary>"killed when gunmen attacked a base": words before the clause of the attack that caused a casualty reported without its agent.</summary>
    public WordList CauseSubordinators { get; }

    /// <summary>"captures the town after three days of fighting with the SDF": words that put a fight before a capture.</summary>
    public WordList AftermathWords { get; }

    /// <summary>"Syria state media said", "who fled Syria told the Guardian": after a noun, the clause's verb, not a participle.</summary>
    public WordList AttributionVerbs { get; }

    /// <summary>"that", "this", "these", "those": determiners that may stand alone as a subject.</summary>
    public WordList Demonstratives { get; }

    /// <summary>"captured 12 days ago by": words besides time words and numbers in a time phrase before "by".</summary>
    public WordList TimePhraseFillers { get; }

    /// <summary>"carried out by", "handed down by": particles between a phrasal verb's past form and "by".</summary>
    public WordList VerbParticles { get; }

    /// <summary>"killed in fighting": prepositions after which a gerund with no object names the act as a noun would.</summary>
    public WordList GerundPrepositions { get; }

    /// <summary>"decides not to appeal", "opts not to meet": verbs of choosing that, with a negated infinitive, refuse.</summary>
    public WordList ChoiceVerbs { get; }

    /// <summary>"ISIL claims responsibility for an attack": verbs by which a group owns an attack.</summary>
    public WordList ClaimVerbs { get; }

    /// <summary>Words that open a new clause, so that a name after them is no longer the event's party.</summary>
    public WordList ClauseOpeners { get; }

    /// <summary>"when", "while", "because": subordinators that are never prepositions, so a clause with its own verb follows.</summary>
    public WordList ClauseSubordinators { get; }

    /// <summary>"those detained in the protests": words a participle describes rather than reports.</summary>
    public WordList CollectiveHeads { get; }

    /// <summary>Participles that comment on the main event: ", ending two decades of hostility".</summary>
    public WordList CommentingVerbs { get; }

    /// <summary>"the announcement that the US will withdraw": nouns that announce what follows.</summary>
    public WordList CommitmentNouns { get; }

    /// <summary>"the company", "the firm": a definite noun that refers back to the company last named.</summary>
    public WordList CompanyNouns { get; }

    /// <summary>"northern Burkina Faso", "the south-east of": words between a place and the country it is in.</summary>
    public WordList CompassModifiers { get; }

    /// <summary>"villages north of Aleppo": a point of the compass before "of" places an event near the place after it.</summary>
    public WordList CompassPoints { get; }

    /// <summary>Words that make a clause a condition or a question: the event in it is hypothetical.</summary>
    public WordList ConditionalSubordinators { get; }

    /// <summary>"Russian attacks are launched": verbs whose passive subject names an act whose doer it names.</summary>
    public WordList ConductingVerbs { get; }

    /// <summary>"is considering imposing sanctions": an act considered is hypothetical.</summary>
    public WordList ConsiderVerbs { get; }

    /// <summary>Copular verbs: a predicate noun or adjective after them describes, it reports no event.</summary>
    public WordList Copulas { get; }

    /// <summary>"states", "islands", "nations": plurals that end the names of states, not of forces ("United States").</summary>
    public WordList CountryNameEnds { get; }

    /// <summary>"reckless", "a blatant betrayal", "war crimes": words that make a statement criticism (ACCUSE).</summary>
    public WordList CriticismWords { get; }

    /// <summary>Words before a year or a month that make it a date: "in 2018", "since May".</summary>
    public WordList DateIntroducers { get; }

    /// <summary>"October Square", "the October Revolution": nouns that make a month or weekday before them part of a name.</summary>
    public WordList DateNameHeads { get; }

    /// <summary>"by", "until": prepositions before a date that is a deadline or the end of what the clause starts, not the act's time.</summary>
    public WordList DeadlinePrepositions { get; }

    /// <summary>"the", "end", "of": words between "by" and a date that leave the date a deadline ("by the end of the year").</summary>
    public WordList DeadlineWords { get; }

    /// <summary>"the decision to leave", "an order to withdraw": the infinitive after these nouns is what is decided, not an aim.</summary>
    public WordList DecisionNouns { get; }

    /// <summary>"an attempt to kill", "a bid to storm": an attack after these nouns is the attack attempted, which PLOVER codes.</summary>
    public WordList AttemptNouns { get; }

    /// <summary>"was", "have", "would": finite auxiliaries and modals that show an earlier -ed word after a noun was a participle.</summary>
    public WordList Auxiliaries { get; }

    /// <summary>"al-Sharaa", "el-Sisi": a particle that, joined by a hyphen to a capitalised name, makes a proper noun.</summary>
    public WordList NameParticles { get; }

    /// <summary>Whether a word is a name after a particle and a hyphen: "al-Sharaa", "el-Sisi", "al-Awlaki" (<see cref="NameParticles"/>).</summary>
    public bool IsParticleName(ReadOnlySpan<char> text)
    {
        var hyphen = text.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < text.Length && char.IsUpper(text[hyphen + 1])
               && NameParticles.Contains(text[..hyphen].ToString().ToLowerInvariant());
    }

    /// <summary>"de Mistura", "dos Santos", "von der Leyen": lower-case words of a name before a capitalised word.</summary>
    public WordList NamePrefixWords { get; }

    /// <summary>"fewer", "more", "longer": words after "no" that make it a count or a manner ("no fewer than 20"), not nobody.</summary>
    public WordList NoCountWords { get; }

    /// <summary>"nobody", "none", "neither": words that open a subject naming nobody, which negates its verb.</summary>
    public WordList NobodyWords { get; }

    /// <summary>"acts of torture": prepositions after which a word that can be a noun is one.</summary>
    public WordList NounPrepositions { get; }

    /// <summary>"demanded that Nato halt its expansion": the clause after these verbs is the demand's content.</summary>
    public WordList DemandVerbs { get; }

    /// <summary>"denied that Trump had expressed concern": what is denied is reported as not having happened.</summary>
    public WordList DenialVerbs { get; }

    /// <summary>Prepositions before the place forces, aid or missions go to.</summary>
    public WordList DestinationPrepositions { get; }

    /// <summary>Words of accidents and disasters: deaths in such a sentence are no assault unless someone is named as doing it.</summary>
    public WordList DisasterWords { get; }

    /// <summary>"would not discuss individual cases": declining to talk about something is no refusal to meet.</summary>
    public WordList DiscussionVerbs { get; }

    /// <summary>"failed to agree": an act governed by these did not happen.</summary>
    public WordList FailVerbs { get; }

    /// <summary>"thwart attacks", "an attempt is averted": an act these are done to did not happen.</summary>
    public WordList PreventionVerbs { get; }

    /// <summary>"stopped a bomber from setting off a bomb": what these keep someone from doing did not happen.</summary>
    public WordList KeepFromVerbs { get; }

    /// <summary>"orders two UK diplomats to leave Iran": an order to do these is an expulsion (trigger condition `departure`).</summary>
    public WordList DepartureVerbs { get; }

    /// <summary>"truck drivers start striking", "teachers strike": people whose striking is a labour strike.</summary>
    public WordList WorkerNouns { get; }

    /// <summary>"our soldiers": a group owned by the speaker, not by the group named before.</summary>
    public WordList FirstPersonPossessives { get; }

    /// <summary>"we", "my": a sentence in the first person is a quotation or a personal account, for the eventness model.</summary>
    public WordList FirstPersonWords { get; }

    /// <summary>"is expected to", "is set to", "is due to": words before an infinitive that make it future.</summary>
    public WordList FutureMarkers { get; }

    /// <summary>Modals of the future.</summary>
    public WordList FutureModals { get; }

    /// <summary>"plans to meet", "vowed to retaliate": verbs whose infinitive is still to happen.</summary>
    public WordList FutureVerbs { get; }

    /// <summary>Words of death and harm, for deaths in accidents and disasters.</summary>
    public WordList HarmWords { get; }

    /// <summary>Words that mark opinion, analysis or speculation in a sentence, for the eventness model.</summary>
    public WordList HedgeWords { get; }

    /// <summary>"to help Italy fight the coronavirus": fighting as the aim of help.</summary>
    public WordList HelpVerbs { get; }

    /// <summary>"had previously demanded", "ten days earlier ... had launched": words that with a past perfect make an event historical.</summary>
    public WordList HistoricalMarkers { get; }

    /// <summary>"Mr Gilani", "Dr Ghani": courtesy words before a surname, which are no given name.</summary>
    public WordList Honorifics { get; }

    /// <summary>"talks hosted by Qatar", "mediated by Egypt": the host or mediator takes part.</summary>
    public WordList HostVerbs { get; }

    /// <summary>"the possibility of", "a potential": words before an event noun that make it hypothetical.</summary>
    public WordList HypotheticalMarkers { get; }

    /// <summary>Modals of possibility and obligation: the event is hypothetical.</summary>
    public WordList HypotheticalModals { get; }

    /// <summary>"was sentenced to", "jailed": a detention that is a prison sentence is also a conviction.</summary>
    public WordList ImprisonVerbs { get; }

    /// <summary>Verbs whose infinitive is their content ("agreed to withdraw"), not a purpose; the object-control verbs are such verbs too.</summary>
    public WordList InfinitiveVerbs { get; }

    /// <summary>"kills 53 and injures 130": verbs of injury, which beside another attack report its outcome.</summary>
    public WordList InjuryVerbs { get; }

    /// <summary>"did not plan to", "did not agree to": negated intent negates the act.</summary>
    public WordList IntentVerbs { get; }

    /// <summary>"no intention of lifting", "no plan to": the act is negated.</summary>
    public WordList IntentionNouns { get; }

    /// <summary>"the alliance", "the bloc", "the court": a definite noun that refers back to the international organisation last named.</summary>
    public WordList IntergovernmentalNouns { get; }

    /// <summary>", including the United States, Germany and France": a list that names the parties.</summary>
    public WordList ListIntroducers { get; }

    /// <summary>Words between the names of a list: "the United States, Germany and France".</summary>
    public WordList ListJoiners { get; }

    /// <summary>Words that join the ends of a range of dates: "between July 30 and August 2, 2010".</summary>
    public WordList RangeJoiners { get; }

    /// <summary>What a state calls its own people when it advises them: "urges its citizens to leave Iraq".</summary>
    public WordList OwnPeopleNouns { get; }

    /// <summary>Possessives that stand for a state or a group named before: "its", "their".</summary>
    public WordList GroupPossessives { get; }

    /// <summary>A word before a place's name that names a part of it ("southern", "north-eastern"): a compass modifier other
    /// than the article the list holds for "the south-east of".</summary>
    public bool IsPartOfPlaceModifier(string lower) => lower != "the" && CompassModifiers.Contains(lower);

    /// <summary>Possessives that stand for a person named before, whose state owns what they name: "her government".</summary>
    public WordList PersonPossessives { get; }

    /// <summary>Prepositions after the words of an act before the state where it falls: "strikes on Kyiv", "a blast in Afghanistan".</summary>
    public WordList ImpactPrepositions { get; }

    /// <summary>Prepositions that place an event: "in Vienna", "off the coast of".</summary>
    public WordList LocativePrepositions { get; }

    /// <summary>"Iranian-made drones": endings of a word naming who made or supplied a weapon, not who used it.</summary>
    public WordList MakerSuffixes { get; }

    /// <summary>"resigned in protest", "in solidarity", "in retaliation": the subject acts this way.</summary>
    public WordList MannerNouns { get; }

    /// <summary>"two days of talks", "a second round of strikes": a measure of the event, not its background.</summary>
    public WordList MeasureNouns { get; }

    /// <summary>"what it called anti-terrorist operations": naming, not asking or accusing.</summary>
    public WordList NamingVerbs { get; }

    /// <summary>"was asked which country posed the biggest threat": verbs of asking that pose a question before a question word.</summary>
    public WordList QuestionVerbs { get; }

    /// <summary>"asked whether", "asked why", "asked about": words that open a question after a verb of asking.</summary>
    public WordList QuestionWords { get; }

    /// <summary>"Israeli missiles were fired at": weapons fired or launched, whose state or group is the actor of the passive.</summary>
    public WordList WeaponNouns { get; }

    /// <summary>"aircraft fire rockets", "Police fire tear gas": verbs of firing a weapon, read as the verb before one.</summary>
    public WordList FiringVerbs { get; }

    /// <summary>"tear gas", "warning shots": words that open the name of what is fired, no weapon noun of their own.</summary>
    public WordList WeaponWords { get; }

    /// <summary>"accidentally detonates a grenade": words that make harm an accident, unless armed men or a state did it.</summary>
    public WordList AccidentWords { get; }

    /// <summary>"killed because of this war", "killed since 1992", "in total": what makes a counted, agentless toll a tally.</summary>
    public WordList TollFrames { get; }

    /// <summary>"a decades-long insurgency", "a four-decade civil war": what ends a modifier that makes a campaign last years.</summary>
    public WordList DurationHeads { get; }

    /// <summary>"Swiss voters reject an initiative": those whose vote as such is no event.</summary>
    public WordList VoterNouns { get; }

    /// <summary>Storms, quakes and viruses as a subject act on no one.</summary>
    public WordList NatureSubjects { get; }

    /// <summary>Verbs whose object is the subject of their infinitive: "urged Russia to withdraw" (Russia withdraws).</summary>
    public WordList ObjectControlVerbs { get; }

    /// <summary>Verbs whose object is the means of their infinitive, done by their subject: "use tear gas to disperse protesters".</summary>
    public WordList InstrumentVerbs { get; }

    /// <summary>"is extradited from Colombia", "deported from the United States": in an agentless passive the state sent from sends.</summary>
    public WordList SendingVerbs { get; }

    /// <summary>"the presidential election on 10 June", "the referendum on Sunday": occasions whose date right after them is their own.</summary>
    public WordList DatedOccasionNouns { get; }

    /// <summary>"the Treaty of Lisbon", "the Oslo Accords", "the Astana process": nouns naming a document or process after a city.</summary>
    public WordList NamedDocumentNouns { get; }

    /// <summary>"ahead of", "on the sidelines of", "in the course of": phrases that name a meeting as the occasion of the main event.</summary>
    public WordList OccasionHeads { get; }

    /// <summary>"during a visit", "on a visit", "in a phone call", "ahead of talks": a meeting so named happens too.</summary>
    public WordList OccasionPrepositions { get; }

    /// <summary>"Talks begin in Juba between ...", "talks are held in Doha between ...": verbs of an event's taking place.</summary>
    public WordList OccurrenceVerbs { get; }

    /// <summary>"military officials", "a delegation": groups named by a word of office, who visit as office holders do.</summary>
    public WordList OfficeNouns { get; }

    /// <summary>"ordered the release of", "instructed the army to": an order to one's own side is the act ordered.</summary>
    public WordList OrderVerbs { get; }

    /// <summary>"the first country to leave": the infinitive after an ordinal is what is done, not an aim.</summary>
    public WordList OrdinalModifiers { get; }

    /// <summary>Pronouns that stand for a person.</summary>
    public WordList PersonPronouns { get; }

    /// <summary>"Logar Province", "Gaza Strip": words after a place's name that say what kind of place it is.</summary>
    public WordList PlaceKindNouns { get; }

    /// <summary>"Congress": institution words that name a state body only when capitalised ("a party congress" is none).</summary>
    public WordList CapitalisedAgents { get; }

    /// <summary>"Donetsk International Airport", "Manchester Arena": words after a place's name that name a facility in it.</summary>
    public WordList FacilityNouns { get; }

    /// <summary>"embassy", "consulate", "convoy": a state's or an organisation's premises, which attacked abroad involve the host state too.</summary>
    public WordList PremisesNouns { get; }

    /// <summary>"on", "upon", "at": prepositions after a verb of firing that name what is fired at.</summary>
    public WordList TargetPrepositions { get; }

    /// <summary>"police": nouns that take a plural verb without a plural -s.</summary>
    public WordList UnmarkedPlurals { get; }

    /// <summary>"prepared", "ready": readiness over an act to come, declared by itself or by the speech verb above it.</summary>
    public WordList ReadinessWords { get; }

    /// <summary>"hit", "destroy", "kill": verbs by which a weapon or an attack, their subject, strikes their object.</summary>
    public WordList ImpactVerbs { get; }

    /// <summary>"adopt", "issue", "sign": verbs by which the subject makes a text its own ("adopts a resolution that demands").</summary>
    public WordList AuthoringVerbs { get; }

    /// <summary>"Greater Manchester", "North Korea", "New York": words that begin a place's name.</summary>
    public WordList PlaceNamePrefixes { get; }

    /// <summary>Prepositions before a place: a country after them is a place, not an actor ("fighting in Syria").</summary>
    public WordList PlacePrepositions { get; }

    /// <summary>"a planned visit", "the upcoming talks": the event is future.</summary>
    public WordList PlannedAdjectives { get; }

    /// <summary>"is preparing an offensive", "plans a visit": verbs whose object, an act, is still to happen.</summary>
    public WordList PlanningVerbs { get; }

    /// <summary>Pronouns that may stand for a pair or a group named before.</summary>
    public WordList PluralPronouns { get; }

    /// <summary>"but Isis recently launched a counter-offensive": words that end an old story told over several sentences.</summary>
    public WordList PresentMarkers { get; }

    /// <summary>"to five years in prison", "to life imprisonment": a prison term in a sentence's "to" phrase.</summary>
    public WordList PrisonTerms { get; }

    /// <summary>"claims that", "allegations that": nouns whose "that" clause is what someone claims, suspects or suggests.</summary>
    public WordList PropositionNouns { get; }

    /// <summary>"rallied outside parliament": a protest held at an institution's door is aimed at it.</summary>
    public WordList ProtestSitePrepositions { get; }

    /// <summary>Descriptions that stand for the two parties named before: "the two sides agreed".</summary>
    public WordList ReciprocalPhrases { get; }


    /// <summary>Reciprocal descriptions that may also refer to states named as places.</summary>
    public WordList ReciprocalStates { get; }

    /// <summary>Relative pronouns that end the prepositional phrases of an event noun.</summary>
    public WordList RelativePronouns { get; }

    /// <summary>"ISIL claims responsibility for an attack", "claimed credit for": after a verb of claiming, the claimant is the attacker.</summary>
    public WordList ResponsibilityNouns { get; }

    /// <summary>"the prisoners given a pardon": participles that keep a second object in the passive.</summary>
    public WordList SecondObjectParticiples { get; }

    /// <summary>Words that begin a new sentence after a full stop, even where the full stop could close an abbreviation.</summary>
    public WordList SentenceStarters { get; }

    /// <summary>"following a Taliban suicide bomb", "after a US raid": prepositions that name an event's occasion or cause, whose actors are not its target.</summary>
    public WordList SequencePrepositions { get; }

    /// <summary>"admits to plagiarism", "withdraws from the race": concessions aimed at no one (first and later words of their triggers).</summary>
    public WordList SelfConcessions { get; }

    /// <summary>"shared intelligence with Ukraine": given one way, not reciprocal.</summary>
    public WordList SharingVerbs { get; }

    /// <summary>"signed a peace agreement in Jeddah": where a document is signed is a setting, not a destination.</summary>
    public WordList SigningVerbs { get; }

    /// <summary>Verbs of saying and thinking: reported speech, speakers, and what a pronoun in the reported clause refers to.</summary>
    public WordList SpeechVerbs { get; }

    /// <summary>"a spokesman for the Boko Haram group": nouns whose "for" names the party spoken for.</summary>
    public WordList SpokespersonNouns { get; }

    /// <summary>Words of sport: two in a sentence make it a sentence about sport, with no violence in it.</summary>
    public WordList SportWords { get; }

    /// <summary>"foreign diplomats" (not "Foreign Minister Israel Katz"): lower-case words inside a group mention that make it stateless.</summary>
    public WordList StatelessLowercaseModifiers { get; }

    /// <summary>"Western leaders", "foreign diplomats", "international mediators": words before a group that make it belong to no one state.</summary>
    public WordList StatelessModifiers { get; }

    /// <summary>"a statement urging", "a resolution calling on": texts whose participle is their author's act.</summary>
    public WordList StatementNouns { get; }

    /// <summary>"since", "ahead of", "prior to", "before": a date after them is the time of what they name, not of the event before them.</summary>
    public WordList TimeOwnerPrepositions { get; }

    /// <summary>"killed the previous day": words of a time phrase, no object after a participle.</summary>
    public WordList TimePhraseWords { get; }

    /// <summary>"a gunman", "suicide bombers", "suspected jihadists": the last words of attackers the text does not identify.</summary>
    public WordList UnidentifiedAttackers { get; }

    /// <summary>Whether a mention's text ends in <see cref="UnidentifiedAttackers"/>' words: such attackers belong to no state.</summary>
    public bool NamesUnidentifiedAttackers(string mention)
    {
        var words = mention.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (UnidentifiedAttackers.Contains(words[^1])
                                    || words.Length > 1 && UnidentifiedAttackers.Contains($"{words[^2]} {words[^1]}"));
    }

    /// <summary>"as", "after", "that": words that open a subordinate clause of its own, before which a headline's main clause has its verb.</summary>
    public WordList SubordinateOpeners { get; }

    /// <summary>Words that introduce a subordinate clause.</summary>
    public WordList Subordinators { get; }

    /// <summary>A meeting called a summit is multilateral.</summary>
    public WordList SummitNouns { get; }

    /// <summary>Verbs whose subject performs the event named by their object noun: "Turkey launched an offensive", "held talks".</summary>
    public WordList SupportVerbs { get; }

    /// <summary>Pronouns that stand for a state or an organisation.</summary>
    public WordList ThingPronouns { get; }

    /// <summary>Words that may stand before a title without ending it: "senior", "former", "acting", "deputy".</summary>
    public WordList TitleModifiers { get; }

    /// <summary>"flew medical supplies to Turkey": travelling with a cargo is no visit.</summary>
    public WordList TravelVerbs { get; }

    /// <summary>Fighting between sides ("clash", "battle"): every side is an actor, and the place is no victim.</summary>
    public WordList TwoSidedFighting { get; }

    /// <summary>Verbs whose past tense is their present form: "set", "cut"; a bare date after them does not look ahead.</summary>
    public WordList UnchangingPastVerbs { get; }
}
