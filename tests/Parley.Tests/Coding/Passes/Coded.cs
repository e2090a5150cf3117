using Parley.Coding;
using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>What the coder did with a text: the events it kept and those it dropped, each decision stamped with its pass.</summary>
public sealed record Coded(IReadOnlyList<CodedEvent> Kept, IReadOnlyList<CodedEvent> Dropped)
{
    public static Coded Of(string text, string date)
    {
        var analyses = new List<SentenceAnalysis>();
        Shared.Pipeline.Analyze(new Article("test", text, DateOnly.Parse(date)), out _, keepAnalyses: true, analyses);
        return new Coded(analyses.SelectMany(a => a.Events).ToList(), analyses.SelectMany(a => a.Dropped).ToList());
    }

    /// <summary>The one kept event of a category.</summary>
    public CodedEvent Event(PloverCategory category) => Assert.Single(Kept, e => e.Category == category);

    /// <summary>
    /// The one event of a category as the rule passes left it, whether the eventness model then kept it or not: for
    /// tests of a rule pass's decision, which a retrained model must not turn into a different test.
    /// </summary>
    public CodedEvent Candidate(PloverCategory category) => Assert.Single(Candidates(category));

    /// <summary>The events of a category as the rule passes left them, in text order (see <see cref="Candidate"/>).</summary>
    public List<CodedEvent> Candidates(PloverCategory category) =>
        Kept.Concat(Dropped.Where(e => e.DropDecision?.Pass == "eventness")).Where(e => e.Category == category).ToList();

    /// <summary>The pass that dropped the (one) candidate of a category, which must not have been kept.</summary>
    public string? DroppedBy(PloverCategory category)
    {
        Assert.DoesNotContain(Kept, e => e.Category == category);
        var dropped = Assert.Single(Dropped, e => e.Category == category);
        return dropped.DropDecision?.Pass;
    }

    /// <summary>Whether a pass recorded a decision on the event.</summary>
    public static bool Decided(CodedEvent e, string pass) => e.Reasons.Any(r => r.Pass == pass);

    public static HashSet<string> Codes(IEnumerable<EventEntity> entities) => entities.Select(x => x.Entity.Code).OfType<string>().ToHashSet();
}
