using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>What a verb is done to, named before it, blocks the event as a blocking pattern's object does after it.</summary>
public sealed class BlockedPatientsTests
{
    [Theory]
    // Guardian, 2017-2019 (real-text dev set): a video, figures, details, images released; no one freed.
    [InlineData("A video released by the Syrian American Medical Society, which also helps run hospitals in opposition-held parts of Syria, showed children and first responders struggling to breathe.", "2018-04-08")]
    [InlineData("The figures have been released by the UNHCR to mark the second anniversary of the Syrian boy’s death.", "2017-09-01")]
    [InlineData("No further details about the victims have yet been released.", "2018-02-21")]
    [InlineData("The images, released on Monday by the news agency AFP, show Sahar Dofdaa, a one-month-old baby weighing less than 2kg.", "2017-10-23")]
    public void Something_published_is_no_one_released(string text, string date)
    {
        // Blocked by this pass, or already by the blocking pattern itself when it matches the passive ("The figures have been
        // released": `release/V figure` of none.tsv, its object the subject before the auxiliaries).
        var coded = Coded.Of(text, date);
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Retreat);
        Assert.All(coded.Dropped.Where(e => e.Category == PloverCategory.Retreat), e => Assert.Equal("blocked-patients", e.DropDecision?.Pass));
    }

    [Theory]
    // Current Events and Guardian items of the real-text dev set: records, a breakdown and a summary made public.
    [InlineData("The medical records of British monarch George III are released, solving the mystery of the King's illness, which has plagued historians for hundreds of years.", "2004-06-23")]
    [InlineData("But the executive summary released by the OPCW does not mention novichok by name.", "2018-04-12")]
    public void Records_and_summaries_released_are_no_one_released(string text, string date)
    {
        var coded = Coded.Of(text, date);
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Retreat);
    }

    [Fact]
    public void A_breakdown_released_is_no_release()
    {
        // Current Events, 2018 (real-text dev set): the blocking pattern after the verb.
        var coded = Coded.Of("The United Nations Office for the Coordination of Humanitarian Affairs releases a detailed breakdown of Palestinian casualties since March 30 by date, age, gender and injury.", "2018-04-25");
        Assert.DoesNotContain(coded.Kept, e => e.Category == PloverCategory.Retreat);
    }

    [Fact]
    public void Prisoners_released_are_released()
    {
        var release = Coded.Of("Three prisoners were released by Iran on Monday.", "2023-09-18").Event(PloverCategory.Retreat);
        Assert.Equal(["IRN"], Coded.Codes(release.Actor));
        Assert.False(Coded.Decided(release, "blocked-patients"));
    }
}
