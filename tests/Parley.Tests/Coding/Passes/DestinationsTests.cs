using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Forces, aid and missions go somewhere: its state is the recipient.</summary>
public sealed class DestinationsTests
{
    [Fact]
    public void Stealth_planes_deployed_in_South_Korea_are_sent_to_South_Korea()
    {
        var coded = Coded.Of("The Yonhap news agency reported two of these stealth planes will be deployed in South Korea \"for a while.\"", "2016-02-17");
        var deployment = coded.Event(PloverCategory.Mobilize);
        Assert.Equal(["KOR"], Coded.Codes(deployment.Recipient));
        Assert.True(Coded.Decided(deployment, "destinations"));
    }
}
