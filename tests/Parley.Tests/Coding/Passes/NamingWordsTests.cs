using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>"what she called a siege": naming something is no act.</summary>
public sealed class NamingWordsTests
{
    [Fact]
    public void What_someone_calls_a_siege_is_no_request()
    {
        var coded = Coded.Of("Right-wing members of Knesset call for arrest and removal from Knesset of Balad MK Haneen Zoabi, who said she was proud to do her part to end what she called a siege on Gaza.", "2010-05-30");
        Assert.Contains(coded.Dropped, e => e.Category == PloverCategory.Request && e.DropDecision?.Pass == "naming-words");
    }
}
