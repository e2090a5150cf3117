using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Asking followed by a question word puts a question; it requests nothing.</summary>
public sealed class QuestionsTests
{
    [Theory]
    // Guardian and Current Events sentences of the real-text dev set, none of them an event.
    [InlineData("Against the global backdrop of ongoing food insecurity, we asked why people still go hungry.", "2019-01-03")]
    [InlineData("The U.K. Chancellor of the Exchequer asks the Bank of England whether it needs more power.", "2013-11-26")]
    public void Asking_a_question_is_no_request(string text, string date) =>
        Assert.Equal("questions", Coded.Of(text, date).DroppedBy(PloverCategory.Request));

    [Fact]
    public void Asking_someone_to_act_is_still_a_request()
    {
        // Guardian, real-text dev set: the question word comes after the infinitive.
        var request = Coded.Of("The Kurdish administration has asked the Syrian government to intervene and protect the country's borders, which Turkey threatens.", "2018-01-25")
            .Candidate(PloverCategory.Request);
        Assert.False(Coded.Decided(request, "questions"));
    }
}
