using Parley.Evaluation;
using Parley.Model;

namespace Parley.Tests.Evaluation;

/// <summary>The real-text scorer reads coded parties by the labelling conventions of eval/README.md.</summary>
public sealed class RealScorerTests
{
    [Theory]
    [InlineData("Turkish forces shelled YPG positions near Afrin.", "2018-01-25", "YPG", "SYR")]
    [InlineData("Al-Qaeda in the Arabian Peninsula militants attack an army base in Abyan.", "2015-01-14", "AQAP", "al-Qaeda")]
    [InlineData("The UN condemns the attack.", "2019-08-05", "UN", "UN")]
    public void A_group_the_labels_do_not_name_is_scored_as_its_state_and_an_affiliate_as_its_parent(string text, string date, string written, string scored)
    {
        var entity = Shared.Code(text, date).SelectMany(e => e.Actor.Concat(e.Recipient)).Select(a => a.Entity).First(x => x.Code == written);
        Assert.Equal(scored, RealScorer.LabelCode(entity));
    }

    [Fact]
    public void An_international_body_the_labels_do_not_name_has_no_code()
    {
        var opcw = new Entity("Organisation for the Prohibition of Chemical Weapons", null, Sector.NGO, Org: "OPCW", OrgType: OrgType.IGO, Kind: EntityKind.Organisation);
        Assert.Null(RealScorer.LabelCode(opcw));
    }
}
