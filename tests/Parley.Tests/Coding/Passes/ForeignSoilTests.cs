using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>A state's premises attacked on another state's soil are an attack on both; its people killed abroad on it alone.</summary>
public sealed class ForeignSoilTests
{
    // Current Events (real-text dev set): the embassy's state was coded, or the host state, never both.
    [Theory]
    [InlineData("Two suicide bombers target the Iranian embassy in the Lebanese capital Beirut killing at least 23 people.", "2013-11-19", "IRN", "LBN")]
    [InlineData("A suicide bomber detonates a bomb outside the French embassy in Nouakchott, Mauritania, wounding two.", "2009-08-08", "FRA", "MRT")]
    [InlineData("One person dies following an apparent grenade explosion at the Kuwait information office in the Lebanese capital Beirut.", "2005-09-19", "KWT", "LBN")]
    [InlineData("Iran launches ballistic missiles at a United States Navy facility in Bahrain.", "2026-02-28", "USA", "BHR")]
    public void Premises_attacked_abroad_are_an_attack_on_their_state_and_the_host(string text, string date, string owner, string host)
    {
        var attack = Coded.Of(text, date).Event(PloverCategory.Assault);
        Assert.Equal(new[] { owner, host }.Order(), Coded.Codes(attack.Recipient).Order());
    }

    [Fact]
    public void People_killed_abroad_are_an_attack_on_their_state_alone()
    {
        // Current Events (real-text dev set): labelled USA alone.
        var attack = Coded.Of("Three US troops are killed in Iraq, two of them in a civilian vehicle in Mosul and the third in a roadside bombing in Baquba.", "2003-11-23")
            .Event(PloverCategory.Assault);
        Assert.Equal(["USA"], Coded.Codes(attack.Recipient));
    }

    [Fact]
    public void An_earlier_attack_named_in_an_aside_adds_no_owner()
    {
        // Current Events (real-text dev set): the consulate belongs to the aside, not to the airstrikes.
        var attack = Coded.Of("Several people are injured in alleged Israeli airstrikes on Damascus, Syria, the first since the attack on the Iranian consulate in April.", "2024-05-02")
            .Event(PloverCategory.Assault);
        Assert.DoesNotContain("IRN", Coded.Codes(attack.Recipient));
    }
}
