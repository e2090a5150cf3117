using Parley.Coding.Passes;
using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// The coder: the passes that turn a sentence's trigger matches into events, in the order they run. Each
/// pass sees the decisions of those before it; any can be switched off by name to measure what it does.
/// </summary>
public sealed class Coder
{
    readonly IReadOnlyList<ICodingPass> passes;

    /// <summary>
    /// The passes whose judgement that a candidate is no event is advice when the eventness model decides: on the
    /// labelled real text, 70-76% of the candidates they drop are indeed no event, so the model is let to weigh them.
    /// The other rule passes are right about 85-100% of the time and drop on their own.
    /// </summary>
    public static readonly IReadOnlySet<string> AdvisoryPasses = new HashSet<string>(StringComparer.Ordinal) { "background-nouns", "missing-parties" };

    readonly IReadOnlySet<string> advisory;

    /// <param name="eventness">The eventness model; with it the rule passes above advise and the model decides.</param>
    /// <param name="collect">Record every candidate's features and let it through (to train the model).</param>
    public Coder(KnowledgeBase knowledge, WordLists words, TriggerLexicon triggers, EventnessModel? eventness = null, IEnumerable<string>? skipped = null, bool collect = false)
    {
        ICodingPass[] all =
        [
            // What the sentence's triggers are about.
            new Candidates(),
            new Composition(),
            new PrisonSentences(),
            // What is not an event: mentions, descriptions, aims, background, conditions.
            new MeetingMentions(),
            new ProtestDemands(),
            new NamingWords(),
            new Questions(),
            new Headings(),
            new Advisories(),
            new BlockedPatients(triggers),
            new Participles(),
            new Purposes(),
            new NamedDecisions(),
            new BackgroundClauses(),
            new ClaimedContents(),
            new LongCampaigns(),
            new DisastersAndSport(),
            new BackgroundNouns(),
            new Conditions(),
            // Who acted, and how certainly.
            new Roles(),
            new OfficesLeft(),
            new WeaponTests(),
            new LabourStrikes(),
            new ArmedRiots(),
            new WordClashes(),
            new Causes(),
            // (Agreeing with a view is no event, but whether two parties agree between them needs the actors.)
            new AgreedViews(),
            // (A toll is a statistic only when no one is named as acting; a vote is an event when aimed at another state; a
            // flight is one when a people flee.)
            new Tallies(),
            new Votes(),
            new Flights(),
            new Status(new StatusClassifier(words)),
            new ConditionRecipients(),
            new Promises(),
            new Reactions(),
            // When and where, and the parties the setting implies.
            new Dates(),
            new Places(knowledge),
            new ProtestSites(),
            new SettingCountries(),
            new PlacesActedOn(knowledge),
            new Destinations(knowledge),
            new PlacesConcerned(knowledge),
            new ShowsOfForce(knowledge),
            new AntiTargets(knowledge),
            new DomesticTargets(knowledge),
            new ForeignSoil(knowledge, words),
            new HomePolitics(knowledge),
            new MeetingModes(knowledge),
            // The sentence's events together, and whether each is an event at all.
            new Counterparts(),
            new Journeys(),
            new MissingParties(),
            new TwoSidedFights(),
            new Eventness(collect ? null : eventness),
            new Merging(),
            new Memory(),
        ];
        var skip = new HashSet<string>(skipped ?? [], StringComparer.OrdinalIgnoreCase);
        var unknown = skip.Where(name => all.All(p => !p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"no coding pass named {string.Join(", ", unknown)}; the passes are {string.Join(", ", all.Select(p => p.Name))}");
        passes = all.Where(p => !skip.Contains(p.Name)).ToList();
        Words = words;
        advisory = eventness is not null || collect ? AdvisoryPasses : new HashSet<string>();
    }

    public WordLists Words { get; }

    /// <summary>The names of the passes, in the order they run.</summary>
    public IEnumerable<string> PassNames => passes.Select(p => p.Name);

    public SentenceCoding Code(Document document, Sentence sentence, List<Clause> clauses, List<TriggerMatch> matches, DocumentMemory memory)
    {
        var coding = new SentenceCoding
        {
            Document = document, Sentence = sentence, Clauses = clauses, Matches = matches, Memory = memory,
            Syntax = new Syntax(document, sentence, Words),
            Actors = document.ActorsOf(sentence).OrderBy(m => m.First).ToList(),
            Advisory = advisory,
        };
        foreach (var pass in passes)
        {
            coding.Pass = pass.Name;
            pass.Apply(coding);
            foreach (var e in coding.Events) e.Reasons.Stamp(pass.Name);
            foreach (var e in coding.Dropped) e.Reasons.Stamp(pass.Name);
        }
        return coding;
    }
}
