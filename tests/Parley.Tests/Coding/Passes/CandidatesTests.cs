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

    [Theory]
    [InlineData("A CentCom statement said three soldiers were injured.", PloverCategory.Assault, "injure")]
    [InlineData("Iraqi forces recaptured the city of Tal Afar in August.", PloverCategory.Coerce, "recapture")]
    [InlineData("Government troops retook the town on Sunday.", PloverCategory.Coerce, "retake")]
    [InlineData("In Raqqa to the north, where US-backed Kurdish forces have taken the Old City, Isis resistance has crumbled.", PloverCategory.Coerce, "take")]
    [InlineData("US Central Command said on Tuesday that US forces came under fire from a tank.", PloverCategory.Assault, "come")]
    [InlineData("The Isis sniper kept firing towards us but the bullets hit the ground.", PloverCategory.Assault, "fire")]
    [InlineData("Now, an estimated 500 or so militants remain, along with their families, hemmed in by US-backed Kurdish forces on the Syrian side of the Iraqi border.", PloverCategory.Coerce, "hem")]
    [InlineData("At the immediate tactical level, the battle-hardened Kurds are already inflicting serious damage upon Turkey's proxy forces.", PloverCategory.Assault, "inflict")]
    [InlineData("He has ended support for anti-regime rebels.", PloverCategory.Sanction, "end")]
    [InlineData("Venezuela ends its rapprochement with the United States due to a statement by Samantha Power.", PloverCategory.Sanction, "end")]
    public void Injuries_ground_taken_or_fought_over_and_backing_ended_are_candidates(string text, PloverCategory category, string anchor)
    {
        var e = Coded.Of(text, "2017-08-30").Candidate(category);
        Assert.Equal(anchor, e.Match.Trigger.Anchor);
    }

    [Fact]
    public void A_source_asking_not_to_be_named_makes_no_request_but_a_real_request_still_counts()
    {
        var anonymous = Coded.Of("“The supplies are very low, and if it continues more kids will die,” said one aid official, who requested anonymity.", "2018-02-20");
        Assert.Empty(anonymous.Candidates(PloverCategory.Request));
        var request = Coded.Of("Turkey requested a meeting of Nato's North Atlantic Council.", "2018-02-20").Candidate(PloverCategory.Request);
        Assert.Equal("request", request.Match.Trigger.Anchor);
    }

    [Theory]
    [InlineData("The Russian foreign minister, Sergei Lavrov, giving his annual foreign policy press conference, described the US move as provocative and unilateral.", "describe", "USA")]
    [InlineData("Recep Tayyip Erdoğan, in a scathing speech to parliament delivered while Bolton was still in the Turkish capital, said the US envoy had “made a serious mistake”.", "say", "USA")]
    public void A_statement_that_criticises_is_an_accusation_of_the_one_it_criticises(string text, string anchor, string recipient)
    {
        var accusation = Coded.Of(text, "2019-01-08").Candidate(PloverCategory.Accuse);
        Assert.Equal(anchor, accusation.Match.Trigger.Anchor);
        Assert.Contains(recipient, Coded.Codes(accusation.Recipient));
    }

    [Fact]
    public void A_statement_without_criticism_is_no_accusation()
    {
        var coded = Coded.Of("Turkey’s foreign minister said talks with Washington on the future of Manbij would resume next week.", "2018-06-01");
        Assert.Empty(coded.Candidates(PloverCategory.Accuse));
        Assert.DoesNotContain(coded.Dropped, e => e.Category == PloverCategory.Accuse);
    }
}
