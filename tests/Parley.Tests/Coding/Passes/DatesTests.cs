using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Dates resolved against the publication date; historical and future from them.</summary>
public sealed class DatesTests
{
    [Theory]
    // Current Events (real-text dev set and the Current Events file): a date that is not the act's time leaves the act told
    // as done on the day of publication. A date after "until" ends the span the act opens ("extends the sanctions until
    // 31 July 2016" was a future event).
    [InlineData("The European Union extends Russian sanctions for interference in Ukraine another six months, until 31 July 2016.", "2015-12-21", PloverCategory.Sanction)]
    [InlineData("Iraqi authorities impose a curfew until Sunday in a bid to stop clashes with Shiite militants.", "2008-03-27", PloverCategory.Coerce)]
    // A date after "prior to" is the time of what it names ("prior to his return to Pakistan next week": the arrests are
    // news); a date after "by" is a deadline ("by 2020": the deal is news).
    [InlineData("Pakistani police arrest approximately 50 supporters of former Prime Minister Nawaz Sharif's Pakistan Muslim League in Punjab prior to his return to Pakistan next week.", "2007-09-05", PloverCategory.Coerce)]
    [InlineData("European Union lawmakers strike a deal on opening up the 3.6 and 26 GHz bandwidths by 2020 to make room for the new 5G network.", "2018-03-02", PloverCategory.Agree)]
    // A day and month between a determiner and a noun date that noun only ("the 1 July march" made the ban a future event;
    // "the 7 July 2005 London bombings" made the arrests historical); so does a date that owns the noun ("Monday's deadly
    // explosion" made the arrests of Wednesday next Monday's).
    [InlineData("Police in Hong Kong ban the 1 July march for the first time in 17 years.", "2020-06-27", PloverCategory.Coerce)]
    [InlineData("Police arrest three men in England in relation to the 7 July 2005 London bombings.", "2007-03-22", PloverCategory.Coerce)]
    [InlineData("As part of an ongoing investigation, British police arrest six people in connection with Monday's deadly explosion.", "2017-05-24", PloverCategory.Coerce)]
    // A date right after an election is the election's ("withdraws from the presidential election on 10 June" and "calls for a
    // general election on 24 May 2007" were future acts).
    [InlineData("Binyamin Ben-Eliezer of the Israeli Labor Party withdraws from the presidential election on 10 June as a result of a graft probe.", "2014-06-07", PloverCategory.Concede)]
    [InlineData("Liberal Unification Party presidential candidate Koo Joo-wa resigns from his candidacy for the upcoming presidential election on June 3.", "2025-05-18", PloverCategory.Retreat)]
    [InlineData("President of Ireland Mary McAleese dissolves the 29th Dáil and calls for a general election on 24 May 2007.", "2007-04-28", PloverCategory.Request)]
    public void A_date_that_is_not_the_acts_time_leaves_it_asserted_on_the_day(string text, string date, PloverCategory category)
    {
        var coded = Coded.Of(text, date);
        var e = Assert.Single(coded.Candidates(category));
        Assert.Contains(e, coded.Kept);
        Assert.Equal(EventStatus.Asserted, e.Status);
        Assert.Equal(EventDate.Day(DateOnly.Parse(date)), e.Date);
    }

    [Fact]
    public void Early_February_is_February_of_the_year_of_publication()
    {
        var coded = Coded.Of("Early efforts to initiate high-level dialogue in the aftermath of the Bali meeting were derailed after a suspected Chinese spy balloon flew over North America before being shot down by the United States off the coast of South Carolina in early February.", "2023-05-12");
        var attack = coded.Event(PloverCategory.Assault);
        Assert.Equal(EventDate.Month(2023, 2), attack.Date);
        Assert.True(Coded.Decided(attack, "dates"));
    }

    [Theory]
    // Current Events 2021 and 2024 (the first in the real-text dev set): a month more than a year before publication is history.
    [InlineData("Babaryka was one of the main challengers to President Alexander Lukashenko and was arrested in June 2020.", "2021-06-28")]
    [InlineData("Kwon was arrested in March 2023 in Montenegro.", "2024-03-05")]
    public void An_arrest_in_a_month_over_a_year_before_is_history(string sentence, string date) =>
        Assert.Equal(EventStatus.Historical, Coded.Of(sentence, date).Candidate(PloverCategory.Coerce).Status);

    [Theory]
    // Current Events, 2022 and 2003 (the first in the real-text dev set): years earlier is history.
    [InlineData("The website's content was replaced with a threat targeting the Shimon Peres Negev Nuclear Research Center and an apparent reference to Qasem Soleimani, who was assassinated exactly two years earlier in Baghdad, Iraq.", "2022-01-03")]
    [InlineData("Two years earlier, the same school district was the site of a machete attack that injured another principal, two teachers and 11 pupils.", "2003-04-24")]
    public void An_act_years_earlier_is_history(string sentence, string date)
    {
        var attack = Coded.Of(sentence, date).Candidates(PloverCategory.Assault)[^1];
        Assert.Equal(EventStatus.Historical, attack.Status);
    }

    [Theory]
    // Current Events, 2014 (real-text dev set) and 2003: the killing told in the relative clause is the dated attack's.
    [InlineData("Libyan Islamist militia leader Ahmed Abu Khattala pleads not guilty in a Washington D.C. court to one charge of conspiracy in relation to the 2012 Benghazi attack in which four Americans were killed.", "2014-06-28", 2012)]
    [InlineData("The UN's International Criminal Tribunal for Rwanda hands down a life sentence to Juvenal Kajelijeli, a former mayor of Mukingo, Nyanza District, for his role in the 1994 genocide in which more than 500,000 Rwandans were killed.", "2003-12-01", 1994)]
    public void A_relative_clause_tells_of_its_dated_antecedents_time(string sentence, string date, int year)
    {
        var killing = Coded.Of(sentence, date).Candidates(PloverCategory.Assault).Single(e => e.Match.Trigger.Anchor == "kill");
        Assert.Equal(EventStatus.Historical, killing.Status);
        Assert.Equal(year, killing.Date?.Date.Year);
    }

    [Fact]
    public void One_year_earlier_may_be_told_from_a_time_long_past_and_dates_nothing()
    {
        // Guardian, 2018 (real-text dev set): the year before the attack of 2013, not 2017.
        var vow = Coded.Of("One year earlier, Obama had vowed that any use of chemical weapons by Bashar al-Assad, Syria's embattled president, would cross a \"red line\", warranting direct military intervention.", "2018-02-10");
        Assert.DoesNotContain(vow.Kept.Concat(vow.Dropped), e => e.Date is { } d && d.Date.Year == 2017);
    }

    [Fact]
    public void A_range_of_days_takes_its_year_from_the_end()
    {
        // Current Events, 2020 (real-text dev set): "July 30" is in 2010, the year after "August 2", not in 2020.
        var coded = Coded.Of("The Nduma Defence of Congo (NDC), while under Sheka's command, allegedly raped nearly 400 people in 13 villages between July 30 and August 2, 2010.", "2020-11-24");
        var attack = coded.Candidate(PloverCategory.Assault);
        Assert.Equal(EventDate.Day(new DateOnly(2010, 7, 30)), attack.Date);
        Assert.Equal(EventStatus.Historical, attack.Status);
    }

    [Fact]
    public void A_range_across_the_new_year_starts_in_the_year_before_its_end()
    {
        var coded = Coded.Of("Rebels attacked the town from December 28 to January 3, 2011.", "2020-11-24");
        Assert.Equal(EventDate.Day(new DateOnly(2010, 12, 28)), coded.Candidate(PloverCategory.Assault).Date);
    }

    [Fact]
    public void A_weekday_told_in_the_present_on_that_weekday_is_the_day_of_publication()
    {
        // Current Events, Thursday 30 September 2010.
        var coded = Coded.Of("An explosion rocks Taliban birthplace Kandahar in southern Afghanistan on Thursday, wounding eight people.", "2010-09-30");
        var explosion = coded.Candidates(PloverCategory.Assault).First();
        Assert.Equal(EventStatus.Asserted, explosion.Status);
        Assert.Equal(EventDate.Day(new DateOnly(2010, 9, 30)), explosion.Date);
    }

    [Fact]
    public void October_Square_is_a_place_and_dates_nothing()
    {
        // Current Events, 2020.
        var coded = Coded.Of("Belarusian security forces close off Independence Square and October Square in Minsk, as 100,000 people gather in the capital calling for President Alexander Lukashenko to resign.", "2020-09-13");
        var closure = coded.Candidate(PloverCategory.Coerce);
        Assert.Equal(EventStatus.Asserted, closure.Status);
        Assert.Equal(EventDate.Day(new DateOnly(2020, 9, 13)), closure.Date);
    }

    [Fact]
    public void A_date_opening_the_sentence_without_a_comma_is_not_part_of_the_subject_and_dates_the_events()
    {
        // A Current Events item of 2008 recalling Samir Kuntar's 1979 raid: told as history, not news.
        var coded = Coded.Of("On April 22, 1979 Kuntar and his team broke into an apartment building and kidnapped a father, 31-year-old Danny Haran, and his 4-year-old daughter, Einat, taking them to a nearby beach and killing them.", "2008-07-16");
        var kidnapping = Assert.Single(coded.Candidates(PloverCategory.Assault), e => e.Mode == PloverMode.Abduct);
        Assert.Equal(EventStatus.Historical, kidnapping.Status);
        Assert.Equal(EventDate.Day(new DateOnly(1979, 4, 22)), kidnapping.Date);
    }

    [Fact]
    public void A_date_between_the_subject_and_its_verb_is_stepped_over()
    {
        var coded = Coded.Of("In another sign that relations may improve marginally, Chinese Foreign Minister Chen Gang this week met US Ambassador Nicholas Burns in Beijing.", "2023-05-12");
        var meeting = Assert.Single(coded.Candidates(PloverCategory.Consult), e => e.Match.Trigger.Anchor == "meet");
        // Met in Beijing: the Chinese minister, the subject, hosts the American visitor.
        Assert.Equal(["USA"], Coded.Codes(meeting.Actor));
        Assert.Equal(["CHN"], Coded.Codes(meeting.Recipient));
    }

    [Fact]
    public void A_meeting_named_for_November_26_is_still_to_come()
    {
        var coded = Coded.Of("Screenwriters announce they will resume negotiations with movie studios on November 26.", "2007-11-18");
        Assert.All(coded.Kept, e => Assert.Equal(new DateOnly(2007, 11, 26), e.Date?.Date));
    }

    [Fact]
    public void A_date_after_since_is_the_point_measured_from_not_the_events_date()
    {
        var coded = Coded.Of("Queen Elizabeth II starts her first state visit to the Republic of Ireland, the first visit of a British monarch since Ireland's independence from the United Kingdom in 1921.", "2011-05-17");
        var visit = Assert.Single(coded.Kept, e => e.Category == PloverCategory.Consult);
        Assert.Equal(EventStatus.Asserted, visit.Status);
        Assert.Equal(new DateOnly(2011, 5, 17), visit.Date!.Value.Date);
    }

    [Fact]
    public void A_date_in_a_clause_about_the_subject_does_not_date_the_event()
    {
        var coded = Coded.Of("Mordechai Vanunu, who leaked Israeli nuclear-weapons secrets in 1986, is released from prison after 18 years.", "2004-04-21");
        var release = Assert.Single(coded.Kept.Concat(coded.Dropped), e => e.Category == PloverCategory.Retreat);
        Assert.Equal(EventStatus.Asserted, release.Status);
        Assert.Equal(new DateOnly(2004, 4, 21), release.Date!.Value.Date);
    }

    [Fact]
    public void A_date_in_the_events_own_clause_still_dates_it()
    {
        var coded = Coded.Of("Chad severed ties with Israel in 1972.", "2019-01-20");
        var severed = Assert.Single(coded.Kept.Concat(coded.Dropped), e => e.Category == PloverCategory.Sanction);
        Assert.Equal(EventStatus.Historical, severed.Status);
        Assert.Equal(1972, severed.Date!.Value.Date.Year);
    }

    [Fact]
    public void A_date_that_follows_another_event_noun_is_that_nouns()
    {
        var coded = Coded.Of("A German court sentences former Nazi army commander Josef Scheungraber to life in prison for his role in the murder of 10 Italians in Tuscany in 1944.", "2009-08-11");
        var sentence = coded.Event(PloverCategory.Sanction);
        Assert.Equal(EventStatus.Asserted, sentence.Status);
        Assert.Equal(new DateOnly(2009, 8, 11), sentence.Date!.Value.Date);
    }

    [Fact]
    public void A_meeting_held_at_a_meeting_this_month_keeps_the_date()
    {
        var coded = Coded.Of("US Trade Representative Catherine Tai is also expected to meet Chinese Minister of Commerce Wang Wentao at an APEC trade meeting in Detroit this month.", "2023-05-12");
        var meeting = coded.Event(PloverCategory.Consult);
        Assert.Equal(EventDate.Month(2023, 5), meeting.Date);
    }

    [Fact]
    public void A_date_opening_the_sentence_dates_its_events()
    {
        var coded = Coded.Of("In 1964 they were expelled to Iran, but returned to the fold when Mustafa Barzani negotiated self-rule terms with Baghdad.", "2017-10-04");
        Assert.NotEmpty(coded.Kept);
        Assert.All(coded.Kept, e => Assert.Equal((EventStatus.Historical, 1964), (e.Status, e.Date!.Value.Date.Year)));
    }

    [Fact]
    public void A_date_ending_a_longer_opening_phrase_dates_the_main_clause()
    {
        var coded = Coded.Of("On a visit to the Cambridge Union in 2007, Talabani praised Tony Blair as a “hero” for securing Iraq’s freedom.", "2018-03-01");
        var praise = coded.Candidate(PloverCategory.Support);
        Assert.Equal((EventStatus.Historical, 2007), (praise.Status, praise.Date!.Value.Date.Year));
        var interview = Coded.Of("In an interview last week, Erdoğan accused the US of betrayal.", "2018-03-01").Candidate(PloverCategory.Accuse);
        Assert.Equal((EventStatus.Asserted, new DateOnly(2018, 2, 22)), (interview.Status, interview.Date!.Value.Date));
    }

    [Fact]
    public void A_year_before_the_event_noun_dates_that_event_but_not_one_about_a_thing_of_that_year()
    {
        var bombing = Coded.Of("(Guardian) The widow of journalist Tareq Ayyoub, who was killed in the 2003 bombing of Al Jazeera offices in Baghdad, says she is considering legal action against the US government.", "2005-11-24")
            .Candidate(PloverCategory.Assault);
        Assert.Equal((EventStatus.Historical, 2003), (bombing.Status, bombing.Date!.Value.Date.Year));
        var accused = Coded.Of("Iraq's Council of Representatives lifts the immunity of Mohammed al-Dayni, an MP accused of organizing the 2007 bombing of Parliament.", "2009-02-25")
            .Candidates(PloverCategory.Accuse);
        Assert.NotEmpty(accused);
        Assert.All(accused, a => Assert.Equal(2009, a.Date!.Value.Date.Year));
        var withdrawal = Coded.Of("U.S. President Donald Trump confirms that the United States will withdraw from the 2015 Paris Agreement on climate change mitigation.", "2017-06-01")
            .Candidate(PloverCategory.Sanction);
        Assert.Equal(new DateOnly(2017, 6, 1), withdrawal.Date!.Value.Date);
        var deal = Coded.Of("Trump withdrew the US from the 2015 nuclear deal with Iran.", "2018-06-01").Candidate(PloverCategory.Sanction);
        Assert.Equal((EventStatus.Asserted, 2018), (deal.Status, deal.Date!.Value.Date.Year));
    }

    [Fact]
    public void A_bare_month_before_a_noun_dates_that_noun_not_the_act_told_in_the_present()
    {
        // Current Events, real-text dev set: the November coup attempt was before publication; the charges are news.
        var charged = Coded.Of("A court in Freetown, Sierra Leone, charges former president Ernest Bai Koroma with four offences, including treason for his alleged role during the November coup attempt.", "2024-01-03")
            .Candidate(PloverCategory.Accuse);
        Assert.Equal((EventStatus.Asserted, new DateOnly(2024, 1, 3)), (charged.Status, charged.Date!.Value.Date));
        Assert.Equal(["SLE"], Coded.Codes(charged.Recipient));
    }

    [Fact]
    public void A_participle_after_a_dated_act_happened_then_and_so_did_a_dated_nouns_relative_clause()
    {
        // Guardian, real-text dev set: the resignation followed the seizure of January 2015.
        var resigned = Coded.Of("The insurgents seized Yemen’s capital, Sana’a, in January 2015, forcing Hadi and his government to resign.", "2018-03-01")
            .Candidate(PloverCategory.Retreat);
        Assert.Equal((EventStatus.Historical, new DateOnly(2015, 1, 1)), (resigned.Status, resigned.Date!.Value.Date));
        // Current Events, real-text dev set: the killing is the 2003 bombing's.
        var killed = Coded.Of("Hernández was responsible for the 2003 El Nogal Club bombing that killed 36 people and injured over 200 others.", "2021-12-05")
            .Candidates(PloverCategory.Assault).First(e => e.Match.Trigger.Anchor == "kill");
        Assert.Equal((EventStatus.Historical, 2003), (killed.Status, killed.Date!.Value.Date.Year));
        // (A date after "since" is no time of the act the participle follows.)
        var threat = Coded.Of("The Spanish government imposes emergency measures unused since the end of military rule in 1975, threatening workers seeking better pay with prosecution if they do not return to work.", "2010-12-04")
            .Candidate(PloverCategory.Threaten);
        Assert.Equal(EventStatus.Asserted, threat.Status);
    }

    [Fact]
    public void A_when_clause_on_a_date_happens_then()
    {
        var coded = Coded.Of("Mr Erdoğan’s relations with Mr Putin are better than ever, after the nadir of 2016, when Turkey shot down a Russian jet.", "2018-04-04");
        var downing = coded.Candidate(PloverCategory.Assault);
        Assert.Equal((EventStatus.Historical, 2016), (downing.Status, downing.Date!.Value.Date.Year));
    }

    [Fact]
    public void A_clause_told_within_a_dated_main_clause_takes_its_date()
    {
        var coded = Coded.Of("Talabani returned from Syria in 1991 after the US encouraged the overthrow of the Iraqi regime.", "2017-10-04");
        var encouraged = coded.Candidate(PloverCategory.Request);
        Assert.Equal((EventStatus.Historical, 1991), (encouraged.Status, encouraged.Date!.Value.Date.Year));
    }

    [Fact]
    public void The_sentence_after_an_old_dated_one_continues_its_story_unless_it_comes_back_to_now()
    {
        var story = "In 1964 they were expelled to Iran, but returned to the fold when Mustafa Barzani negotiated self-rule terms with Baghdad’s new Ba’athist rulers in 1970. " +
                    "Talabani became KDP envoy to Syria, Libya and Europe, and met the US president, Richard Nixon, and his secretary of state, Henry Kissinger, in Washington.";
        var meeting = Coded.Of(story, "2017-10-04").Candidates(PloverCategory.Consult).Last();
        Assert.Equal((EventStatus.Historical, 1964), (meeting.Status, meeting.Date!.Value.Date.Year));
        Assert.True(Coded.Decided(meeting, "dates"));

        var now = Coded.Of(story.Replace("and met the US president", "and recently met the US president"), "2017-10-04").Candidates(PloverCategory.Consult).Last();
        Assert.Equal(EventStatus.Asserted, now.Status);
    }

    [Theory]
    [InlineData("Erdoğan had previously demanded Assad's head on a plate.", PloverCategory.Request, EventStatus.Historical)]
    [InlineData("Ten days earlier, Assad had launched just such an attack in eastern Ghouta.", PloverCategory.Assault, EventStatus.Historical)]
    [InlineData("Iran earlier accused the United States of sabotage.", PloverCategory.Accuse, EventStatus.Asserted)]
    public void A_past_perfect_with_previously_or_earlier_is_historical(string text, PloverCategory category, EventStatus status)
    {
        var e = Coded.Of(text, "2018-04-10").Candidate(category);
        Assert.Equal(status, e.Status);
    }

    [Fact]
    public void A_part_of_a_year_in_one_hyphenated_word_dates_the_event()
    {
        // Real text (Guardian, 2017-10-12): "... was killed near Raqqa in mid-2015."
        var killing = Coded.Of("Her husband, Junaid Hussein, was killed near Raqqa in mid-2015.", "2017-10-12").Candidate(PloverCategory.Assault);
        Assert.Equal(2015, killing.Date?.Date.Year);
        Assert.Equal(EventStatus.Historical, killing.Status);
    }

    [Fact]
    public void An_opening_when_clause_dates_the_main_clause_after_it()
    {
        // Real text (Guardian, 2017-10-04); his flight itself is one man's, no displacement (flights), his meeting an event.
        var coded = Coded.Of("When Iran and the US ceased arming the rebels in March 1975, Talabani fled to the Syrian capital of Damascus, and met members of the Popular Front for the Liberation of Palestine, in neighbouring Lebanon.", "2017-10-04");
        var meeting = coded.Candidate(PloverCategory.Consult);
        Assert.Equal(EventDate.Month(1975, 3), meeting.Date);
        Assert.Equal(EventStatus.Historical, meeting.Status);
    }

    [Fact]
    public void The_time_since_an_act_dates_it()
    {
        var annexation = Coded.Of("It is more than four years since Russia annexed Crimea and helped to foment a rebellion in Ukraine’s industrial east.", "2018-04-12").Candidate(PloverCategory.Coerce);
        Assert.Equal(EventStatus.Historical, annexation.Status);
        Assert.Equal(2014, annexation.Date!.Value.Date.Year);
    }

    [Fact]
    public void A_date_opening_the_sentence_after_a_conjunction_dates_what_follows()
    {
        // Guardian, 2018 (real-text dev set): "But in 2014" makes the expulsion four years old.
        var expulsion = Coded.Of("But in 2014 the group's volunteers were expelled from vast swathes of territories by Isis.", "2018-05-11")
            .Event(PloverCategory.Coerce);
        Assert.Equal(EventStatus.Historical, expulsion.Status);
        Assert.Equal(2014, expulsion.Date!.Value.Date.Year);
    }

    [Fact]
    public void An_event_before_a_dated_time_clause_is_at_least_that_old()
    {
        // Guardian, 2018 (real-text dev set): the network was destroyed before the area was overrun in late 2016.
        var destruction = Coded.Of("In opposition-held east Aleppo, the healthcare network was destroyed before the area was overrun by pro-regime forces in late 2016.", "2018-03-12")
            .Candidates(PloverCategory.Assault).First(e => e.Mode == PloverMode.Destroy);
        Assert.Equal(EventStatus.Historical, destruction.Status);
        Assert.Contains(destruction.Reasons, r => r.Pass == "dates" && r.Text.Contains("late 2016"));
    }

    [Fact]
    public void A_span_of_years_is_dated_by_its_first()
    {
        var killing = Coded.Of("The militia killed hundreds of civilians in the province in 2013-14.", "2018-09-07").Candidate(PloverCategory.Assault);
        Assert.Equal(2013, killing.Date!.Value.Date.Year);
        Assert.Equal(EventStatus.Historical, killing.Status);
    }

    [Fact]
    public void An_undated_act_told_in_the_past_in_a_sentence_set_years_back_is_historical()
    {
        // Guardian, 2018-07-19 (real-text dev set): the arrest follows the 2016 attack, two years before the news.
        var coded = Coded.Of("Prakash was believed to have been killed during a US-led attack on Mosul in 2016, but subsequently found alive and arrested.", "2018-07-19");
        var arrest = Assert.Single(coded.Candidates(PloverCategory.Coerce));
        Assert.Equal(EventStatus.Historical, arrest.Status);
        Assert.True(Coded.Decided(arrest, "dates"));
    }

    [Fact]
    public void A_year_that_starts_a_span_up_to_now_sets_nothing_in_the_past()
    {
        var coded = Coded.Of("US National Security Adviser Jake Sullivan and senior Chinese diplomat Wang Yi held talks in Vienna in an effort to stabilize relations between the two countries, which have reached their lowest point since the normalization of diplomatic relations in 1979.", "2023-05-12");
        Assert.Equal(EventStatus.Asserted, Assert.Single(coded.Candidates(PloverCategory.Consult)).Status);
    }

    [Fact]
    public void The_next_day_follows_the_story_and_is_not_the_future()
    {
        // Current Events, 2025-07-14 (real-text dev set).
        var coded = Coded.Of("Following the announcement, outgoing prime minister Denys Shmyhal submits his resignation the next day, which the Verkhovna Rada accepts on 16 July.", "2025-07-14");
        Assert.Equal(EventStatus.Asserted, Assert.Single(coded.Candidates(PloverCategory.Retreat)).Status);
    }

    [Fact]
    public void A_gerund_before_its_noun_opens_no_time_clause()
    {
        // Current Events (real-text dev set): "as the suspect of the stabbing attack ... on Friday" was read as an "as" clause
        // whose Friday dated the arrest, and looking ahead from a Sunday, put it in the future.
        var coded = Coded.Of("German police detain a 26-year-old Syrian asylum seeker with ties to the Islamic State as the suspect of the stabbing attack in Solingen, Germany, on Friday.", "2024-08-25");
        var arrest = coded.Candidate(PloverCategory.Coerce);
        Assert.Equal(EventStatus.Asserted, arrest.Status);
        Assert.Equal(["DEU"], Coded.Codes(arrest.Actor));
    }
}
