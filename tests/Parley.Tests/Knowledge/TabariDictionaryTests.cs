using Parley.Io;
using Parley.Knowledge;
using Parley.Model;

namespace Parley.Tests.Knowledge;

public sealed class TabariDictionaryTests : IDisposable
{
    readonly TempFile dictionary;

    public TabariDictionaryTests() => dictionary = new TempFile(".txt", """
        # a small dictionary in the PETRARCH format
        FARHAD_ALIYEV_  # a minister
        	[AZEGOVDEV 030101-051031]
        KHALID_BIN_SALMAN_
        +PRINCE_KHALID_
        	[SAUMIL 20190223-20220927]
        	[SAUGOV >20220927]
        UNITED_NATIONS_	[IGOUNO]
        !PERSON! = MAN, MEN
        POLICE!PERSON!  [~COP]
        BROKEN_ENTRY_ [XQ]
        	[AZEGOV 9008223-911221]
        """);

    public void Dispose() => dictionary.Dispose();

    static readonly HashSet<string> Countries = ["AZE", "SAU", "USA"];

    [Fact]
    public void Dated_codes_synonyms_agents_and_organisations_are_imported()
    {
        var problems = new ProblemLog();
        var imported = TabariDictionary.Read(dictionary.Path, Countries, problems);
        var khalid = imported.Single(i => i.Phrases.Contains("PRINCE KHALID")).Entry;
        Assert.Equal(Sector.MIL, khalid.Resolve(new DateOnly(2020, 1, 1), out _).Sector);
        Assert.Equal(Sector.GOV, khalid.Resolve(new DateOnly(2023, 1, 1), out _).Sector);
        Assert.Equal(Sector.ELI, imported.Single(i => i.Phrases.Contains("FARHAD ALIYEV")).Entry.Resolve(new DateOnly(2008, 1, 1), out _).Sector);
        Assert.Equal("UN", imported.Single(i => i.Phrases.Contains("UNITED NATIONS")).Entry.Org);
        var police = imported.Single(i => i.Phrases.Contains("POLICE MEN")).Entry;
        Assert.Equal(ActorEntryKind.Agent, police.Kind);
        Assert.Equal(Sector.COP, police.Sector);
    }

    [Fact]
    public void Malformed_entries_are_reported_with_their_line_and_skipped()
    {
        var problems = new ProblemLog();
        TabariDictionary.Read(dictionary.Path, Countries, problems);
        Assert.Contains(problems.Problems, p => p.Line == 12 && p.Message.Contains("cannot read dated code"));
        Assert.Contains(problems.Problems, p => p.Line == 11 && p.Message.Contains("XQ"));
    }

    [Fact]
    public void An_excerpt_of_the_public_Phoenix_country_dictionary_loads_its_people_with_dated_offices()
    {
        // A 600-line excerpt kept in the repository (MIT, see NOTICE), so the suite needs nothing beside the checkout.
        var path = Path.Combine(Shared.RepoRoot, "tests", "Parley.Tests", "Fixtures", "dictionaries", "Phoenix.Countries.excerpt.txt");
        var problems = new ProblemLog();
        var imported = TabariDictionary.Read(path, Shared.Pipeline.Models.Knowledge.CountryCodes, problems);
        Assert.True(imported.Count > 100, $"{imported.Count} entries");
        Assert.Contains(imported, i => i.Entry.Terms is { Count: > 1 });
        Assert.All(problems.Problems, p => Assert.True(p.Line > 0));
    }
}
