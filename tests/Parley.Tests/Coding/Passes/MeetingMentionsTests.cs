using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Words that mention a meeting without reporting one.</summary>
public sealed class MeetingMentionsTests
{
    [Fact]
    public void Flying_a_kidnapped_man_somewhere_is_no_visit()
    {
        var coded = Coded.Of("The Russian human rights group Memorial says security forces from Chechnya have kidnapped the head of another rights group in Moscow and flown him to Grozny.", "2009-11-06");
        Assert.Equal("meeting-mentions", coded.DroppedBy(PloverCategory.Consult));
        Assert.Equal(PloverMode.Abduct, coded.Event(PloverCategory.Assault).Mode);
    }

    [Fact]
    public void A_report_met_with_anger_is_no_meeting()
    {
        // Guardian, real-text dev set.
        var coded = Coded.Of("But the report has been met with anger by the families of men killed fighting alongside the YPG.", "2018-01-11");
        Assert.Equal("meeting-mentions", coded.DroppedBy(PloverCategory.Consult));
    }
}
