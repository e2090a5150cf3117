using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Trigger matches become candidate events; a predicate noun restating an event is none.</summary>
public sealed class CandidatesTests
{
    [Fact]
    public void A_meeting_reported_by_its_verb_is_a_candidate_but_a_predicate_noun_describing_it_is_not()
    {
        var coded = Coded.Of("Blinken met Wang at the Munich Security Conference in February, but it was a tense and unproductive meeting.", "2023-05-12");
        var meeting = coded.Event(PloverCategory.Consult);
        Assert.True(Coded.Decided(meeting, "candidates"));
        Assert.Equal("meet", meeting.Match.Trigger.Anchor);
        Assert.DoesNotContain(coded.Dropped, e => e.Category == PloverCategory.Consult);
    }
}
