using Parley.Model;

namespace Parley.Tests.Coding.Passes;

/// <summary>Trigger matches become candidate events; a predicate noun restating an event is none.</summary>
public sealed class CandidatesTests
{
    [Theory]
    // Guardian, 2017-2019 (real-text dev set): a source's terms with the reporter (data/triggers/none.tsv).
    [InlineData("Another British YPJ fighter, who asked to be known only by her nom de guerre, Ruken Renas, told me from her frontline position.", "2018-01-27")]
    [InlineData("He has now agreed to speak to the Observer after four years of fruitless dealings with the US government have led nowhere.", "2018-12-09")]
    public void A_sources_terms_with_the_reporter_are_no_event(string text, string date)
    {
        var coded = Coded.Of(text, date);
        Assert.DoesNotContain(coded.Kept.Concat(coded.Dropped), e => e.Category is PloverCategory.Request or PloverCategory.Agree);
    }

    [Theory]
    // Guardian sentences of the real-text dev set, labelled as reporting no event (data/triggers/none.tsv, 2026-12-06): a video
    // released is no prisoner released, a cabinet meeting no talks between parties, questions shrugged off no refusal.
    [InlineData("An Isis video released on Tuesday appeared to show numerous children in Baghuz, but it was unclear when and where it was filmed.", "2019-03-05", PloverCategory.Retreat)]
    [InlineData("The British government held a two-hour cabinet meeting on Thursday to discuss the UK’s military response to Saturday’s chemical attack in Syria.", "2018-04-12", PloverCategory.Consult)]
    [InlineData("A senior administration official shrugged off questions about the very different messages coming from Trump and his top advisers.", "2019-01-08", PloverCategory.Reject)]
    public void Phrases_that_look_like_acts_but_report_none_are_no_candidates(string text, string date, PloverCategory category) =>
        Assert.Empty(Coded.Of(text, date).Candidates(category));

    [Theory]
    // Current Events 2009 (real-text dev set) and 2017: the people who protest, named by a common noun, and the verb they
    // protest with are one pattern (protester/N gather), and the noun's phrase is the actor.
    [InlineData("Thousands of protestors gather in Tehran in support of Mir Hossein Mousavi, defying a government ban on protests.", "2009-06-15", "IRN")]
    [InlineData("Hundreds of protestors gather in Lima, Peru, as a bill proposing the legalisation of some form of abortion is approved.", "2009-10-21", "PER")]
    public void Protesters_who_gather_are_a_protest_by_them(string text, string date, string country)
    {
        var protest = Coded.Of(text, date).Event(PloverCategory.Protest);
        Assert.Equal([country], Coded.Codes(protest.Actor));
        Assert.StartsWith("protestors", protest.Actor[0].Text);
    }

    [Fact]
    public void Workers_hurt_by_rocket_strikes_are_no_strike_by_them()
    {
        // Current Events 2023: "worker/N strike" only when the verb follows the workers.
        var coded = Coded.Of("One IDF soldier seriously injured, two other soldiers and two foreign workers injured by Hezbollah rocket strikes.", "2023-10-21");
        Assert.Empty(coded.Candidates(PloverCategory.Protest));
    }

    [Fact]
    public void A_meeting_reported_by_its_verb_is_a_candidate_but_a_predicate_noun_describing_it_is_not()
    {
        var coded = Coded.Of("Blinken met Wang at the Munich Security Conference in February, but it was a tense and unproductive meeting.", "2023-05-12");
        var meeting = coded.Event(PloverCategory.Consult);
        Assert.True(Coded.Decided(meeting, "candidates"));
        Assert.Equal("meet", meeting.Match.Trigger.Anchor);
        Assert.DoesNotContain(coded.Dropped, e => e.Category == PloverCategory.Consult);
    }

    // Current Events (real-text dev set): an attacker who sets off a bomb attacks.
    [Fact]
    public void Setting_off_a_bomb_is_an_attack()
    {
        var attack = Coded.Of("Jundallah militants set off a second bomb in Zahedan, Iran.", "2007-02-16").Candidate(PloverCategory.Assault);
        Assert.Equal(PloverMode.Explosives, attack.Mode);
        Assert.Equal(["IRN"], Coded.Codes(attack.Actor));
    }

    [Theory]
    [InlineData("A CentCom statement said three soldiers were injured.", PloverCategory.Assault, "injure")]
    [InlineData("Iraqi forces recaptured the city of Tal Afar in August.", PloverCategory.Coerce, "recapture")]
    [InlineData("Government troops retook the town on Sunday.", PloverCategory.Coerce, "retake")]
    [InlineData("In Raqqa to the north, where US-backed Kurdish forces have taken the Old City, Isis resistance has crumbled.", PloverCategory.Coerce, "take")]
    [InlineData("US Central Command said on Tuesday that US forces came under fire from a tank.", PloverCategory.Assault, "come")]
    [InlineData("The Isis sniper kept firing towards us but the bullets hit the ground.", PloverCategory.Assault, "fire")]
    [InlineData("Now, an estimated 500 or so militants remain, along with their families, hemmed in by US-backed Kurdish forces on the Syrian side of the Iraqi border.", PloverCategory.Coerce, "hem")]
    [InlineData("At the immediate tactical level, the battle-hardened Kurds are already inflicting serious damage upon Turkey's proxy forces.", PloverCategory.Assault, "inflict")]
    [InlineData("He has ended support for anti-regime rebels.", PloverCategory.Sanction, "end")]
    [InlineData("Venezuela ends its rapprochement with the United States due to a statement by Samantha Power.", PloverCategory.Sanction, "end")]
    public void Injuries_ground_taken_or_fought_over_and_backing_ended_are_candidates(string text, PloverCategory category, string anchor)
    {
        var e = Coded.Of(text, "2017-08-30").Candidate(category);
        Assert.Equal(anchor, e.Match.Trigger.Anchor);
    }

    [Theory]
    // Real-text dev set: a coup is COERCE `seize` (eval/README.md), so is an overthrow; a defection is SANCTION `withdraw`; repelling
    // an assault is fighting.
    [InlineData("A military coup d'état occurs in Mauritania with the Army, led by Mohamed Ould Abdel Aziz, seizing the President Sidi Ould Cheikh Abdallahi.", "2008-08-06", PloverCategory.Coerce, "coup")]
    [InlineData("Then in 1958 General Abd al-Karim Qasim overthrew the monarchy, declared Iraq equally Arab and Kurdish, and legalised the KDP.", "2017-10-16", PloverCategory.Coerce, "overthrow")]
    [InlineData("A Korean People's Army soldier defects to South Korea after crossing the Korean Demilitarized Zone (DMZ).", "2017-12-21", PloverCategory.Sanction, "defect")]
    [InlineData("The Puntland interior ministry reports at least five militant casualties in Dhahar, Haylan region, following a coordinated campaign as Puntland's defence forces repels an assault backed by the Somali federal government.", "2025-07-15", PloverCategory.Assault, "repel")]
    // Real-text dev set, words of labelled events no pattern found before: an upheld sentence, an award, missiles landing, bombs
    // planted, a reserved right to act, protesters filling the streets, a parliament dissolved, a return to control.
    [InlineData("The Supreme Court of Peru upholds a 25 year prison sentence for former President Alberto Fujimori, convicted of mass human rights violations.", "2010-01-03", PloverCategory.Reject, "uphold")]
    [InlineData("Shirin Ebadi, Iranian human rights lawyer, is awarded the Nobel Peace Prize.", "2003-10-10", PloverCategory.Support, "award")]
    [InlineData("Syrian-made missiles land in near Haifa and in the West Bank.", "2006-08-09", PloverCategory.Assault, "missile")]
    [InlineData("The Ejército Popular Revolucionario plants a series of bombs that tear apart six Pemex natural gas pipelines in the Mexican states of Veracruz and Tlaxcala.", "2007-09-10", PloverCategory.Assault, "plant")]
    [InlineData("China says it reserves the right to further action against Japan over the Senkaku Islands.", "2012-09-18", PloverCategory.Threaten, "reserve")]
    [InlineData("Thousands of protesters fill the streets of Bangkok, Thailand, after lawmakers pass a draft bill for political amnesty.", "2013-11-05", PloverCategory.Protest, "fill")]
    [InlineData("Kenyan President Daniel arap Moi dissolved the country's Parliament, officially starting the campaign for one of the African Great Lakes country's most competitive general elections.", "2002-10-25", PloverCategory.Coerce, "dissolve")]
    [InlineData("The Congolese government re-establishes control over Goma from M23 rebels.", "2012-12-03", PloverCategory.Coerce, "re-establish")]
    // (2026-12-06: complaints dismissed, a spy charged "for" spying, exercises suspended, weapons delivered.)
    [InlineData("The European Court of Justice dismisses complaints by Slovakia and Hungary about EU migration policy, upholding Brussels’ right to force member states to take in asylum seekers.", "2017-09-06", PloverCategory.Reject, "dismiss")]
    [InlineData("Prosecutors in Lithuania charge an employee at the state air navigation company for spying for Belarus over civilian and military air operations.", "2014-11-10", PloverCategory.Accuse, "charge")]
    [InlineData("South Korea and the United States suspend their Foal Eagle military exercises.", "2018-04-26", PloverCategory.Concede, "suspend")]
    [InlineData("Russia begins deliveries of its S-300 air defense systems to Iran.", "2015-12-03", PloverCategory.Aid, "delivery")]
    [InlineData("The fighter and his team were hit by an RPG round, fired by Isis militants, while trying to assist cut-off members of their unit on the east Raqqa front line.", "2017-09-29", PloverCategory.Assault, "hit")]
    [InlineData("Student activist Parit Chiwarak is released on bail after being arrested on Friday for co-organising a rally in July.", "2020-08-15", PloverCategory.Retreat, "release")]
    [InlineData("Venezuelan security forces surround the Argentine embassy in Caracas after several opposition members take refuge inside the embassy.", "2024-09-07", PloverCategory.Coerce, "surround")]
    [InlineData("The US national security adviser, John Bolton, recently hinted at a similar response should Assad transgress again.", "2018-09-07", PloverCategory.Threaten, "hint")]
    [InlineData("A battle between jihadists and Malian forces in the central Mopti Region leaves at least nine soldiers and 15 insurgents dead.", "2021-10-06", PloverCategory.Assault, "battle")]
    // (2026-12-06, seventeenth session: fighting that breaks out, bombs that go off, air-strikes carried out, a ban on running,
    // arrests of hundreds, accounts suspended.)
    [InlineData("Intense fighting breaks out in Fallujah as U.S. forces respond to attacks on their positions by insurgents.", "2004-04-28", PloverCategory.Assault, "fighting")]
    [InlineData("Two more bombs go off elsewhere but no deaths are reported.", "2010-06-06", PloverCategory.Assault, "bomb")]
    [InlineData("France says it has carried out its first air-strikes against the Islamic State of Iraq and the Levant within Syria, destroying a training camp in the east of the country.", "2015-09-27", PloverCategory.Assault, "carry")]
    [InlineData("The constitutional court of Bolivia prohibits former President Evo Morales from running for office in any position, thereby preventing him from contesting next year's election.", "2024-11-09", PloverCategory.Coerce, "prohibit")]
    [InlineData("According to reports, the Indonesian police arrest close to 1,700 people in Papua and West Papua who were involved in attempted protests yesterday.", "2016-05-03", PloverCategory.Coerce, "arrest")]
    [InlineData("Facebook announces that it has suspended 32 accounts it believes intended to influence the 2018 mid-term elections in the United States.", "2018-07-31", PloverCategory.Sanction, "suspend")]
    // (and a trial that starts, a conference that begins, a deal announced)
    [InlineData("Ousted Egyptian president Mohamed Morsi's trial starts in Cairo's police academy.", "2013-11-03", PloverCategory.Accuse, "trial")]
    [InlineData("The 2010 United Nations Climate Change Conference begins in Cancun, involving 194 countries, amidst low expectations.", "2010-11-29", PloverCategory.Consult, "conference")]
    [InlineData("U.S. president Donald Trump and European Commission president Ursula von der Leyen announce a trade deal that would set a reciprocal 15% tariff on all exports.", "2025-07-27", PloverCategory.Agree, "announce")]
    // (2026-12-06, eighteenth session: an ambassador called back, a sentence received, allegations faced, a refusal to take part.)
    [InlineData("Lebanon calls back its ambassador to the United States.", "2019-09-01", PloverCategory.Sanction, "call")]
    [InlineData("Former Georgian prime minister Irakli Garibashvili pleads guilty to money-laundering charges and receives a five-year prison sentence.", "2026-01-12", PloverCategory.Sanction, "receive")]
    [InlineData("Archbishop of Naples Crescenzio Sepe and former Italy transport minister Pietro Lunardi face allegations of corruption over a property deal.", "2010-06-20", PloverCategory.Accuse, "face")]
    [InlineData("Hamas declares the organization would not participate with other Palestinian groups in a proposed cease-fire.", "2006-07-01", PloverCategory.Reject, "participate")]
    // (2026-12-08: a truce brokered is an agreement, talks brokered a meeting.)
    [InlineData("The United States and Russia broker a truce which is due to come into effect on midnight 27 February.", "2016-02-22", PloverCategory.Agree, "broker")]
    [InlineData("Last week, the French brokered a power-sharing deal between the Government and the Northern rebels.", "2003-01-31", PloverCategory.Agree, "broker")]
    // (a named town recaptured)
    [InlineData("Al-Shabaab recaptures Kudhaa Island, at least 23 are killed.", "2014-11-08", PloverCategory.Coerce, "recapture")]
    // (wrongdoing an inquiry finds)
    [InlineData("The Murphy Report, commissioned by the Irish government, finds that the Roman Catholic Archdiocese of Dublin covered up widespread sexual abuse of children by priests.", "2009-11-26", PloverCategory.Accuse, "find")]
    // (a state of emergency enforced)
    [InlineData("Ecuador enforces a state of emergency in ten provinces amid ongoing Indigenous-led protests against the government's removal of a fuel subsidy.", "2025-10-05", PloverCategory.Coerce, "enforce")]
    public void Coups_defections_repelled_assaults_and_other_labelled_acts_are_candidates(string text, string date, PloverCategory category, string anchor) =>
        Assert.Contains(Coded.Of(text, date).Candidates(category), e => e.Match.Trigger.Anchor == anchor);

    [Fact]
    public void An_order_to_leave_is_an_expulsion_not_a_demand_unless_it_keeps_someone_in_or_sends_ones_own_home()
    {
        // Current Events items (real-text dev set and the Current Events file).
        var expelled = Coded.Of("Libya orders the United Nations refugee agency, UNHCR, to leave the country for unknown reasons.", "2010-06-08");
        var expulsion = expelled.Candidate(PloverCategory.Sanction);
        Assert.Equal(PloverMode.Expel, expulsion.Mode);
        Assert.Empty(expelled.Candidates(PloverCategory.Request));
        Assert.Empty(Coded.Of("He was ordered by the court not to leave the country.", "2010-06-08").Candidates(PloverCategory.Sanction));
        Assert.Empty(Coded.Of("The Biden administration orders U.S. government personnel and their families to leave Haiti.", "2023-07-28")
            .Candidates(PloverCategory.Sanction));
    }

    [Fact]
    public void Figurative_fighting_and_lashing_out_are_no_assault()
    {
        // Real-text dev set: a firefighter fighting a fire (Current Events, 2006); Trump lashing out is an accusation (Guardian, 2018).
        Assert.Empty(Coded.Of("A fifth firefighter dies as a result of injuries obtained fighting the Esperanza Fire near Palm Springs, California started by arson.", "2006-10-31")
            .Candidates(PloverCategory.Assault));
        var lashing = Coded.Of("Trump lashed out a day after agreeing to dissolve his charitable foundation, accused of widespread legal violations by the New York attorney general.", "2018-12-19");
        Assert.Empty(lashing.Candidates(PloverCategory.Assault));
        Assert.Contains(lashing.Candidates(PloverCategory.Accuse), e => e.Match.Trigger.Anchor == "lash");
    }

    [Fact]
    public void An_intransitive_pattern_needs_a_clause_without_an_object()
    {
        // Guardian articles of the real-text dev set: protesters demonstrate on the tracks; laboratories "demonstrate the presence" of sarin.
        var protest = Coded.Of("In Manchester, about 100 protesters demonstrated on the railway tracks, and the station was closed for three hours.", "2018-01-29")
            .Candidate(PloverCategory.Protest);
        Assert.Equal("demonstrate", protest.Match.Trigger.Anchor);
        Assert.Empty(Coded.Of("The results of analysis of the environmental samples conducted by OPCW designated laboratories demonstrate the presence of this toxic chemical in the samples.", "2018-04-14")
            .Candidates(PloverCategory.Protest));
    }

    [Fact]
    public void A_verb_and_object_pattern_matches_a_passive_behind_several_auxiliaries()
    {
        // Current Events 2015: "curfews have been imposed" is `impose/V curfew`, done by the "by" phrase.
        var curfews = Coded.Of("According to the Human Rights Foundation of Turkey, 52 curfews have been imposed since mid-August by Turkish authorities across seven Turkish provinces in the region, placing around 1.3 million people under curfew.", "2015-12-14")
            .Candidates(PloverCategory.Coerce).First();
        Assert.Equal("impose", curfews.Match.Trigger.Anchor);
        Assert.Equal(["TUR"], Coded.Codes(curfews.Actor));
    }

    [Fact]
    public void A_source_asking_not_to_be_named_makes_no_request_but_a_real_request_still_counts()
    {
        var anonymous = Coded.Of("“The supplies are very low, and if it continues more kids will die,” said one aid official, who requested anonymity.", "2018-02-20");
        Assert.Empty(anonymous.Candidates(PloverCategory.Request));
        var request = Coded.Of("Turkey requested a meeting of Nato's North Atlantic Council.", "2018-02-20").Candidate(PloverCategory.Request);
        Assert.Equal("request", request.Match.Trigger.Anchor);
    }

    [Theory]
    [InlineData("The Russian foreign minister, Sergei Lavrov, giving his annual foreign policy press conference, described the US move as provocative and unilateral.", "describe", "USA")]
    [InlineData("Recep Tayyip Erdoğan, in a scathing speech to parliament delivered while Bolton was still in the Turkish capital, said the US envoy had “made a serious mistake”.", "say", "USA")]
    // Current Events 2008 (real-text dev): calling an act "a genocide" accuses its doers.
    [InlineData("President of Russia Dmitry Medvedev calls Georgian actions in South Ossetia 'a genocide' and asks Russian prosecutors to investigate and document all cases of murder of civilians in the region.", "call", "GEO")]
    public void A_statement_that_criticises_is_an_accusation_of_the_one_it_criticises(string text, string anchor, string recipient)
    {
        var accusation = Coded.Of(text, "2019-01-08").Candidate(PloverCategory.Accuse);
        Assert.Equal(anchor, accusation.Match.Trigger.Anchor);
        Assert.Contains(recipient, Coded.Codes(accusation.Recipient));
    }

    [Fact]
    public void A_statement_without_criticism_is_no_accusation()
    {
        var coded = Coded.Of("Turkey’s foreign minister said talks with Washington on the future of Manbij would resume next week.", "2018-06-01");
        Assert.Empty(coded.Candidates(PloverCategory.Accuse));
        Assert.DoesNotContain(coded.Dropped, e => e.Category == PloverCategory.Accuse);
    }

    // Sentences of the real-text dev set that no trigger matched before data/triggers gained these phrasings.
    [Theory]
    [InlineData("The British aid workers Alan Henning and David Haines were also executed on camera in the barren brown hills above Raqqa.", "2019-02-10", PloverCategory.Assault, "execute")]
    [InlineData("The US-backed rebels have gained control over large parts of the country’s north-east, including valuable oil fields, after they scattered Islamic State.", "2018-04-10", PloverCategory.Coerce, "gain")]
    [InlineData("The Syrian city of Raqqa, once de facto capital of the Islamic State’s self-declared caliphate, has fallen to US-backed forces after a gruelling four-month battle.", "2017-10-17", PloverCategory.Coerce, "fall")]
    [InlineData("The United Nations says fighting has driven 160,000 people from their homes, towards borders with Jordan and the Israeli-occupied Golan Heights.", "2018-06-30", PloverCategory.Sanction, "drive")]
    [InlineData("The government is working with the International Committee of the Red Cross.", "2019-04-05", PloverCategory.Cooperate, "work")]
    [InlineData("Last April, the OPCW-UN joint investigative mechanism attributed the Khan Shaykhun atrocity to the regime.", "2018-04-09", PloverCategory.Accuse, "attribute")]
    public void Executions_territory_won_people_driven_from_home_joint_work_and_blame_for_atrocities_are_candidates(string text, string date, PloverCategory category, string anchor)
    {
        var e = Coded.Of(text, date).Candidate(category);
        Assert.Equal(anchor, e.Match.Trigger.Anchor);
    }

    [Theory]
    [InlineData("In April, the US even dropped the “mother of all bombs” on an Isis base in Afghanistan, an indication of the ferocious campaign against it.", "2017-12-31", PloverCategory.Assault, "drop", "USA")]
    [InlineData("In September Turkey persuaded Russia to hold off from a full-scale attack on Idlib, but it appears Moscow is losing patience with Turkey’s efforts to disentangle the main rebel fighting group from the rest of the population.", "2019-03-14", PloverCategory.Request, "persuade", "TUR")]
    [InlineData("Iraq’s president has hit back at comments made by Donald Trump, saying that the US president did not ask Iraq’s permission for US troops stationed there to “watch Iran”.", "2019-02-04", PloverCategory.Accuse, "hit", "IRQ")]
    [InlineData("Trump ripped into the current attorney general, the previous one, and the one who will take office next year, insisting all three officials are treating him unfairly.", "2018-12-19", PloverCategory.Accuse, "rip", "USA")]
    [InlineData("Many are housed with mothers who have been handed death sentences by Iraqi courts after summary trials in which little, if any, evidence is heard.", "2019-03-13", PloverCategory.Sanction, "hand", "IRQ")]
    public void Bombs_dropped_persuasion_verbal_attacks_and_sentences_handed_down_are_events_of_their_actor(string text, string date, PloverCategory category, string anchor, string actor)
    {
        var e = Coded.Of(text, date).Candidate(category);
        Assert.Equal(anchor, e.Match.Trigger.Anchor);
        Assert.Contains(actor, Coded.Codes(e.Actor));
    }

    [Fact]
    public void Stabbing_someone_in_the_back_is_an_accusation_not_an_assault()
    {
        var coded = Coded.Of("The US, he said, had stabbed Turkey in the back.", "2018-08-14");
        var accusation = coded.Candidate(PloverCategory.Accuse);
        Assert.Contains("TUR", Coded.Codes(accusation.Recipient));
        Assert.Empty(coded.Candidates(PloverCategory.Assault));
    }

    [Fact]
    public void A_place_close_to_a_border_closes_nothing_and_an_executed_plan_kills_nobody()
    {
        var border = Coded.Of("But battles continue in Syria’s eastern desert, close to the Iraqi border.", "2017-11-20");
        Assert.Empty(border.Candidates(PloverCategory.Sanction));
        var plan = Coded.Of("The army executed the plan on Sunday.", "2017-11-20");
        Assert.Empty(plan.Candidates(PloverCategory.Assault));
    }

    [Fact]
    public void Cancelling_a_planned_conference_is_a_refusal_to_meet()
    {
        // Current Events, 2019.
        var coded = Coded.Of("The UN cancels a planned Libyan National Conference that was due to take place later in April for negotiations between different political factions to organise new elections due to the ongoing fighting in Tripoli.", "2019-04-09");
        var refusal = coded.Candidate(PloverCategory.Reject);
        Assert.Equal(PloverMode.Meet, refusal.Mode);
        Assert.Equal(["UN"], Coded.Codes(refusal.Actor));
    }

    [Fact]
    public void A_defendant_going_on_trial_is_accused()
    {
        // Current Events, 2005: the defendant is the subject, and so the recipient.
        var coded = Coded.Of("In Indonesia, Garuda Indonesia airline pilot Pollycarpus Priyanto goes on trial for poisoning human rights activist Munir Said Thalib.", "2005-08-08");
        var trial = coded.Candidates(PloverCategory.Accuse).Single(e => e.Mode == PloverMode.Allege);
        Assert.Equal(["IDN"], Coded.Codes(trial.Recipient));
    }

    [Fact]
    public void A_preposition_that_opens_a_day_belongs_to_the_date_not_to_a_pattern()
    {
        // Guardian, 2018: "called Erdoğan on Wednesday" is no "call on"; the request is the urging.
        var coded = Coded.Of("According to the White House, Donald Trump called Erdoğan on Wednesday, urging him to curtail the operation and warning Turkey not to risk coming into conflict with US forces.", "2018-01-24");
        var requests = coded.Candidates(PloverCategory.Request);
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.NotEqual("call", r.Match.Trigger.Anchor));
    }

    [Theory]
    // Guardian sentences of the real-text dev set: "down" there is a particle and a place name, never the verb of a shooting-down.
    [InlineData("Denying Assad that weapon with airstrikes may slow him down but is unlikely to threaten his grip.")]
    [InlineData("Last week the chief executive of the UK government chemical weapons experts at Porton Down said its tests had shown the sample was of a military-grade nerve agent.")]
    public void Down_as_a_particle_or_a_name_is_no_attack(string text) =>
        Assert.DoesNotContain(Coded.Of(text, "2018-04-10").Candidates(PloverCategory.Assault), e => e.Match.Trigger.Anchor == "down");

    [Fact]
    public void A_downed_drone_is_still_shot_down() =>
        Assert.Equal("down", Coded.Of("Iran downed a US surveillance drone over the Strait of Hormuz.", "2019-06-20").Candidate(PloverCategory.Assault).Match.Trigger.Anchor);
    [Theory]
    // Real-text dev set (eval/README.md: "X must / should do Y" said of another party is REQUEST, even after a plain "say"):
    // the demand is aimed at the party that should act, and what it should do is its content, not an event of its own.
    [InlineData("Britain states Iran must declare \"unequivocally\" that it harbours no ambitions to develop nuclear arms.", "2003-09-29", "GBR", "IRN")]
    [InlineData("Israel states Palestinians should focus their energy on fighting terrorism.", "2003-09-20", "ISR", "PSE")]
    [InlineData("The United Nations Committee Against Torture tells the United States it should close any secret prisons abroad and the Guantánamo Bay facility in Cuba, saying they violate international law.", "2006-05-19", "UN", "USA")]
    [InlineData("Donald Trump has told the EU it must take back its 800 Isis fighters captured in Syria by US-backed forces and put them on trial.", "2019-02-18", "USA", "EU")]
    public void Saying_what_another_party_should_or_must_do_is_a_demand(string text, string date, string actor, string recipient)
    {
        var coded = Coded.Of(text, date);
        var demand = coded.Candidate(PloverCategory.Request);
        Assert.True(demand.Match.Trigger.OnlyObligation);
        Assert.Contains(actor, Coded.Codes(demand.Actor));
        Assert.Equal([recipient], Coded.Codes(demand.Recipient));
        var content = demand.Obligation!;
        Assert.DoesNotContain(coded.Kept, e => e != demand && e.Match.Anchor >= content.First && e.Match.Anchor < content.End);
    }

    [Theory]
    [InlineData("Turkey said it must defend itself against the Kurdish militias.")]
    [InlineData("“We must be ready,” the Iranian defence minister said.")]
    [InlineData("Neil Basu, assistant commissioner for counter-terrorism at Scotland Yard, told the Guardian the case should drive home the need to report those youngsters being radicalised.")]
    public void What_the_speaker_itself_must_do_or_no_party_should_is_no_demand(string text) =>
        Assert.Empty(Coded.Of(text, "2019-02-18").Candidates(PloverCategory.Request));
    [Theory]
    // Guardian and Current Events sentences of the real-text dev set: the decision's maker withdraws, and an announced
    // withdrawal by troops named with a number before them is their state's concession.
    [InlineData("It was widely reported that the defense secretary quit after Trump made the decision to withdraw from Syria during a conversation with the Turkish president, Recep Tayyip Erdoğan.", "2018-12-22")]
    [InlineData("In December Donald Trump announced that the remaining 2,000 US troops in Syria would imminently withdraw, leaving Assad in power and a large Iranian military presence intact within Syria.", "2019-01-20")]
    public void A_withdrawal_decided_or_announced_is_the_deciding_states_concession(string text, string date)
    {
        var concession = Coded.Of(text, date).Candidates(PloverCategory.Concede).Single(e => e.Match.Trigger.Anchor == "withdraw");
        Assert.Contains("USA", Coded.Codes(concession.Actor));
        Assert.Equal(["SYR"], Coded.Codes(concession.Recipient));
    }

    // Current Events (real-text dev set): a passive's subject names what the pattern needs before the phrases that complete it.
    [Fact]
    public void A_passive_matches_the_head_of_its_subject_before_the_phrases_after_it()
    {
        var taking = Coded.Of("Turkish security sources claim that 80% of Kurdish-held positions in the city of Manbij in Aleppo Governorate have been taken by the Turkey-backed Syrian National Army.", "2024-12-08")
            .Candidate(PloverCategory.Coerce);
        Assert.Equal("take", taking.Match.Trigger.Anchor);
        Assert.Equal(PloverMode.Seize, taking.Mode);
    }

    // Current Events 2003 (real-text dev set) and 2015: past the "and" of a "between" phrase, not past the "and" of two subjects.
    [Fact]
    public void A_passive_matches_the_head_of_its_subject_past_a_between_phrase()
    {
        var cancelled = Coded.Of("A planned meeting between Israeli prime minister Ariel Sharon and Palestinian prime minister Mahmoud Abbas is cancelled by Abbas.", "2003-08-05")
            .Candidate(PloverCategory.Reject);
        Assert.Equal("cancel", cancelled.Match.Trigger.Anchor);
        Assert.Empty(Coded.Of("The president arrived for a visit and the flights were cancelled.", "2015-11-04").Candidates(PloverCategory.Reject));
    }
}
