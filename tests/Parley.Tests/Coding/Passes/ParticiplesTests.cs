using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Participles that comment on or describe rather than report.</summary>
public sealed class ParticiplesTests
{
    [Fact]
    public void The_killing_after_an_ambush_is_the_ambush_not_a_second_attack()
    {
        var coded = Coded.Of("Maoist guerrillas ambushed a police van in Jharkhand, a state in eastern India, killing 18 people, mostly police officers.", "2002-12-20");
        var ambush = Assert.Single(coded.Kept, e => e.Category == PloverCategory.Assault);
        Assert.Equal("ambush", ambush.Match.Trigger.Anchor);
        Assert.Contains(coded.Dropped, e => e.Category == PloverCategory.Assault && e.DropDecision?.Pass == "participles");
    }

    [Fact]
    public void A_letter_sent_to_someone_with_questions_requesting_answers_is_its_senders_request()
    {
        // Current Events (real-text dev set): the phrases after "a letter" hid it, and the request was dropped as describing
        // "questions"; its actor was the addressee.
        var coded = Coded.Of("European Union officials send a letter to U.S. attorney general Eric Holder with seven detailed questions requesting concrete explanations about the country's data snooping programs and how it affects EU citizens ahead of a meeting in Dublin this Friday.", "2013-06-11");
        var request = coded.Event(PloverCategory.Request);
        Assert.Equal(["EU"], Coded.Codes(request.Actor));
    }

    [Fact]
    public void A_participle_after_a_statement_its_author_issued_is_the_authors_act()
    {
        var coded = Coded.Of("The U.S. government issues a statement urging Israel not to use excessive force.", "2004-10-02");
        var request = coded.Candidate(PloverCategory.Request);
        Assert.False(Coded.Decided(request, "participles"));
        Assert.Equal(["USA"], Coded.Codes(request.Actor));
        Assert.Equal(["ISR"], Coded.Codes(request.Recipient));
    }

    [Fact]
    public void A_participle_before_while_and_a_later_verb_describes_the_noun()
    {
        // Guardian, 2018 (real-text dev set): the news is the tribute; the death describes the man.
        var coded = Coded.Of("The mother of a British man killed while clearing mines in the liberated Syrian city of Raqqa has paid tribute to her son.", "2018-03-20");
        Assert.Equal("participles", coded.DroppedBy(PloverCategory.Assault));
    }

    [Fact]
    public void People_demonstrating_against_someone_are_a_protest()
    {
        // Current Events, 2011 (real-text dev set): the labels code the demonstration beside the tear gas fired at it; a
        // protest described by its participle is under way, not background.
        var coded = Coded.Of("Police shoot tear gas at thousands of people demonstrating against the Ismail Omar Guelleh regime in Djibouti.", "2011-02-18");
        var protest = coded.Candidate(PloverCategory.Protest);
        Assert.False(Coded.Decided(protest, "participles"));
        Assert.Equal(["DJI"], Coded.Codes(protest.Actor));
        Assert.Single(coded.Kept, e => e.Category == PloverCategory.Assault);
    }
}
