using Parley.Coding;
using Parley.Evaluation;
using Parley.Io;
using Parley.Model;
using Parley.Tests.Coding.Passes;

namespace Parley.Tests.Coding;

/// <summary>Pronouns refer to the most salient party before them: a subject over an object, a recent sentence over an old one.</summary>
public sealed class PronounTests
{
    [Fact]
    public void He_after_a_subject_and_an_object_refers_to_the_subject()
    {
        // Guardian, 2018: the most recent person named is Trump, but "he" who calls for a vote is Corbyn.
        var coded = Coded.Of("Labour leader Jeremy Corbyn has condemned Donald Trump's rhetoric on Syria as he continued to call for a parliamentary vote on any military intervention.", "2018-04-12");
        var call = coded.Candidate(PloverCategory.Request);
        Assert.Equal(["GBR"], Coded.Codes(call.Actor));
    }

    [Fact]
    public void Both_standing_alone_refers_to_the_people_named_before()
    {
        // Current Events, 2018 (real-text dev set): "both" are the protesters of the sentence before, not Israel's people.
        var coded = Coded.Of("Two more Palestinian protestors, aged 18 and 20, die from wounds sustained in clashes at the Israeli–Gazan border. Both were shot by Israeli troops.", "2018-04-23");
        var shooting = coded.Kept.Single(e => e.Category == PloverCategory.Assault && e.Mode == PloverMode.Firearms);
        Assert.Equal(["ISR"], Coded.Codes(shooting.Actor));
        Assert.Equal(["PSE"], Coded.Codes(shooting.Recipient));
    }

    [Fact]
    public void It_in_reported_speech_is_the_head_of_the_speaking_phrase_not_its_possessor()
    {
        // Current Events, 2025 (real-text dev set): the Houthis, not Yemen, launched the attack.
        var coded = Coded.Of("Yemen's Houthi movement claims that it launched a missile attack targeting the USS Harry S. Truman aircraft carrier and accompanying warships of the United States Navy in the Red Sea.", "2025-01-15");
        var attack = coded.Candidate(PloverCategory.Assault);
        Assert.Equal(["Houthis"], Coded.Codes(attack.Actor));
    }

    [Fact]
    public void They_refers_to_the_object_of_its_own_sentence_before_the_subject_of_the_sentence_before()
    {
        // Guardian, 2019 (real-text dev set): a former Isis recruiter's account; "they" who were killed are the Tunisians.
        var coded = Coded.Of("“Every time I’d send people they’d be killed. Once I sent 30 Tunisians and they were all killed before they even got there.", "2019-02-16");
        var killing = coded.Candidates(PloverCategory.Assault).Last();
        Assert.Equal(["TUN"], Coded.Codes(killing.Recipient));
        Assert.Contains(killing.Reasons, r => r.Text == "'they' refers to Tunisians");
    }

    [Fact]
    public void We_outside_a_quotation_is_the_writer_not_a_party_named_before()
    {
        // Guardian, 2018 (real-text dev set): the writer's report, after a sentence about Congo.
        var coded = Coded.Of("Sexual violence against men is widespread in the Democratic Republic of the Congo. In our report we ask for improved advocacy and staffing, and more data.", "2018-06-22");
        var request = Assert.Single(coded.Kept.Concat(coded.Dropped), e => e.Category == PloverCategory.Request);
        Assert.Empty(request.Actor);
        Assert.Contains(request.Reasons, r => r.Text == "'we' outside a quotation is the writer");
    }

    [Fact]
    public void We_in_a_quotation_that_goes_on_from_the_sentence_before_is_its_speaker()
    {
        // Guardian, 2018 (real-text dev set, its second sentence): the quotation opened before, by the Turkish president.
        var coded = Coded.Of("Erdoğan said on Thursday: “Turkey will not stop. We neutralised thousands of Daesh fighters and we are currently welcoming 3.5 million refugees.”", "2018-01-25");
        var attack = coded.Candidate(PloverCategory.Assault);
        Assert.Equal(["TUR"], Coded.Codes(attack.Actor));
    }

    [Fact]
    public void They_refers_to_a_plural_before_a_singular_subject()
    {
        // Current Events, 2023 (as written up in eval/dev.jsonl): those expelled are the prisoners, not Nicaragua.
        var coded = Coded.Of("Nicaragua freed 222 political prisoners on Thursday and expelled them to the United States.", "2023-02-10");
        var expulsion = coded.Candidate(PloverCategory.Coerce);
        Assert.Equal(["NIC"], Coded.Codes(expulsion.Recipient));
    }

    [Fact]
    public void A_pair_named_many_sentences_back_fades_behind_the_parties_just_named()
    {
        // Guardian, 2018 (eval/real/dev.jsonl): "the United States and France" were named together long before Erdoğan's
        // call to Putin; "They discussed developments in Syria" is not about them (it is about Turkey and Russia, which a
        // call "to" someone does not yet name as a pair).
        var problems = new ProblemLog();
        var unit = RealTextSet.Load(Path.Combine(Shared.RepoRoot, "eval", "real", "dev.jsonl"), problems).Single(u => u.Id == "guardian-127");
        var analyses = new List<SentenceAnalysis>();
        Shared.Pipeline.Analyze(new Article(unit.Id, unit.Text, unit.Date), out var d, keepAnalyses: true, analyses);
        var sentence = Assert.Single(analyses, a => d.TextOf(a.Sentence.FirstToken, a.Sentence.EndToken - 1).StartsWith("They discussed developments in Syria"));
        var talks = sentence.Events.Concat(sentence.Dropped).Where(e => e.Category == PloverCategory.Consult).ToList();
        Assert.NotEmpty(talks);
        Assert.All(talks, e => Assert.DoesNotContain("USA", Coded.Codes(e.Actor)));
        Assert.All(talks, e => Assert.DoesNotContain("FRA", Coded.Codes(e.Actor)));
    }
}
