using Parley.Sources.Text;

namespace Parley.Sources.Tests.Text;

public class LenientDateTests
{
    [Theory]
    [InlineData("Wed, 10 Apr 2019 14:03:00 GMT", "2019-04-10T14:03:00+00:00")]
    [InlineData("Tue, 10 Apr 2019 14:03:00 GMT", "2019-04-10T14:03:00+00:00")] // wrong day name
    [InlineData("Wed, 10 Apr 2019 14:03:00 BST", "2019-04-10T14:03:00+01:00")]
    [InlineData("Wed, 10 Apr 2019 14:03 EST", "2019-04-10T14:03:00-05:00")] // no seconds
    [InlineData("Wed, 3 Apr 19 14:03:00 +0100", "2019-04-03T14:03:00+01:00")] // two-digit year
    [InlineData("10 Apr 2019 14:03:00 +05:30", "2019-04-10T14:03:00+05:30")]
    [InlineData("Wednesday, 10-April-2019 14:03:00 CEST", "2019-04-10T14:03:00+02:00")]
    [InlineData("Wed, 10 Apr 2019 14:03:00 XYZ", "2019-04-10T14:03:00+00:00")] // unknown zone: UTC
    [InlineData("2019-04-10T14:03:00Z", "2019-04-10T14:03:00+00:00")]
    [InlineData("2019-04-10T14:03:00.123+10:00", "2019-04-10T14:03:00.123+10:00")]
    [InlineData("2019-04-10", "2019-04-10T00:00:00+00:00")]
    [InlineData("April 10, 2019", "2019-04-10T00:00:00+00:00")]
    [InlineData("Apr. 10th, 2019 at 2:03", "2019-04-10T02:03:00+00:00")]
    public void Dates_as_feeds_write_them_are_read(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), LenientDate.Parse(text));
    }

    [Theory]
    [InlineData("yesterday afternoon")]
    [InlineData("")]
    [InlineData("31 Feb 2019")]
    [InlineData("Wed, 10 Foo 2019 14:03:00 GMT")]
    [InlineData("0001-01-01T00:00:00Z")]
    public void Text_that_is_no_date_gives_none(string text)
    {
        Assert.Null(LenientDate.Parse(text));
    }
}
