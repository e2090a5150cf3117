using Microsoft.Playwright;

namespace Parley.Server.Tests.Dashboard;

/// <summary>
/// The dashboard in a real browser over a real server and store (the corpus of <see cref="Corpus"/>):
/// what an analyst sees and does. Screenshots are saved under screenshots/ beside the test assembly.
/// </summary>
public sealed class DashboardTests(SqliteServer server, Browser browser) : IClassFixture<SqliteServer>, IClassFixture<Browser>
{
    public static string? SkipReason => Browser.SkipReason;

    const string MeetingView = "?dyad=USA%2CCHN&from=2023-05-01&to=2023-05-31";

    async Task<(IPage Page, List<string> Errors)> OpenAsync(string query = "", int width = 1280, int height = 800)
    {
        var page = await browser.OpenAsync(width, height);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error") errors.Add($"{m.Text} ({m.Location})"); };
        await page.GotoAsync(new Uri(server.Address, "/" + query).ToString());
        await Loaded(page);
        return (page, errors);
    }

    /// <summary>The page has drawn its events, its map and its summary line.</summary>
    static async Task Loaded(IPage page)
    {
        await page.WaitForFunctionAsync("() => !document.body.classList.contains('busy') && document.querySelector('#event-table tbody tr') && document.querySelector('#map svg')");
    }

    /// <summary>The page logged no errors (a failed request, a script exception); the message lists them whole.</summary>
    static void NoErrors(List<string> errors) => Assert.True(errors.Count == 0, "the page logged errors:\n" + string.Join("\n", errors));

    /// <summary>A screenshot of what the window shows (the whole page costs a second or more to take).</summary>
    static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Browser.Screenshots, name + ".png") });

    static async Task<List<string>> Column(IPage page, int column) =>
        [.. await page.Locator($"#event-table tbody tr.event-row td:nth-child({column})").AllInnerTextsAsync()];

    [StoreFact]
    public async Task The_dashboard_shows_the_map_the_time_series_and_the_events()
    {
        var (page, errors) = await OpenAsync();
        Assert.True(await page.Locator("#map path.country.has-events").CountAsync() > 20, "few countries are coloured");
        Assert.True(await page.Locator("#chart canvas").CountAsync() > 0, "no chart was drawn");
        Assert.Equal(25, await page.Locator("#event-table tbody tr.event-row").CountAsync());
        Assert.Matches(@"^[\d,]+ events that happened · all events", await page.Locator("#status").InnerTextAsync());
        Assert.True(await page.Locator("#changes tbody tr").CountAsync() > 0);
        await ShotAsync(page, "dashboard-1280x800");
        NoErrors(errors);
    }

    [StoreFact]
    public async Task Filtering_by_a_dyad_shows_its_event_and_the_address_keeps_the_view()
    {
        var (page, errors) = await OpenAsync();
        await page.FillAsync("#f-dyad", "USA,CHN");
        await page.FillAsync("#f-from", "2023-05-01");
        await page.FillAsync("#f-to", "2023-05-31");
        await page.ClickAsync("#filters button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("dyad=USA%2CCHN") && url.Contains("from=2023-05-01"));
        await Loaded(page);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#event-table tbody tr.event-row').length === 1");
        Assert.Equal(["Antony Blinken (USA)"], await Column(page, 3));
        Assert.Equal(["Qin Gang (CHN)"], await Column(page, 4));
        Assert.Equal(["2"], await Column(page, 6));
        // The same address in a new page is the same view.
        var (shared, _) = await OpenAsync(new Uri(page.Url).Query);
        Assert.Equal("USA,CHN", await shared.InputValueAsync("#f-dyad"));
        Assert.Equal(["Antony Blinken (USA)"], await Column(shared, 3));
        await ShotAsync(page, "dashboard-dyad");
        NoErrors(errors);
    }

    [StoreFact]
    public async Task Clicking_a_country_on_the_map_filters_the_events_to_it()
    {
        var (page, errors) = await OpenAsync();
        var country = page.Locator("#map path.country.has-events").First;
        var code = await country.GetAttributeAsync("data-code");
        await country.ClickAsync(new LocatorClickOptions { Force = true });
        await page.WaitForURLAsync(url => url.Contains($"country={code}"));
        await Loaded(page);
        await page.WaitForFunctionAsync($"() => document.querySelector('#map path.selected')?.dataset.code === '{code}'");
        Assert.Equal(code, await page.InputValueAsync("#f-country"));
        var places = await Column(page, 5);
        Assert.NotEmpty(places);
        Assert.All(places, place => Assert.EndsWith($"({code})", place));
        NoErrors(errors);
    }

    [StoreFact]
    public async Task An_event_opens_its_sentences_with_the_trigger_and_parties_marked_and_closes_with_escape()
    {
        var (page, errors) = await OpenAsync(MeetingView);
        var open = page.Locator("#event-table tbody tr.event-row button.category").First;
        await open.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#evidence-body .mention").First.WaitForAsync();
        Assert.True(await page.Locator("#evidence").IsVisibleAsync());
        Assert.Equal(["held talks", "met"], (await page.Locator("#evidence-body mark.trigger").AllInnerTextsAsync()).Order());
        Assert.All(await page.Locator("#evidence-body mark.actor").AllInnerTextsAsync(), actor => Assert.Contains("Blinken", actor));
        Assert.All(await page.Locator("#evidence-body mark.recipient").AllInnerTextsAsync(), recipient => Assert.Contains("Qin Gang", recipient));
        Assert.Equal("https://example.org/reuters/1", await page.Locator("#evidence-body a", new() { HasText = "Blinken meets Qin in Beijing" }).GetAttributeAsync("href"));
        Assert.Contains("2 sources", await page.Locator("#evidence-body .counts").InnerTextAsync());
        Assert.Contains("AP, 2023-05-12", await page.Locator("#evidence-body").InnerTextAsync());
        await ShotAsync(page, "dashboard-evidence");
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#evidence").WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        Assert.True(await open.EvaluateAsync<bool>("b => document.activeElement === b"), "focus did not return to the event");
        NoErrors(errors);
    }

    [StoreFact]
    public async Task Export_downloads_the_events_of_the_view_as_csv()
    {
        var (page, errors) = await OpenAsync(MeetingView);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#csv"));
        var file = Path.Combine(Browser.Screenshots, "view.csv");
        await download.SaveAsAsync(file);
        var lines = File.ReadAllLines(file);
        Assert.StartsWith("id,doc,sentence,date,", lines[0]);
        var row = Assert.Single(lines.Skip(1));
        Assert.Contains(",CONSULT,", row);
        Assert.Contains("Antony Blinken", row);
        NoErrors(errors);
    }

    [StoreFact]
    public async Task Pasted_text_is_coded_and_explained()
    {
        var (page, errors) = await OpenAsync();
        await page.FillAsync("#code-text", "China refused to meet the US delegation. Russian troops shelled Kharkiv on Tuesday.");
        await page.FillAsync("#code-date", "2023-05-12");
        await page.ClickAsync("#code-form button[type=submit]");
        await page.Locator("#code-result mark.trigger").First.WaitForAsync();
        Assert.Equal(["refused to meet", "shelled"], await page.Locator("#code-result mark.trigger").AllInnerTextsAsync());
        Assert.Equal(["REJECT", "ASSAULT"], await page.Locator("#code-result .coded-event .category").AllInnerTextsAsync());
        await page.Locator("#code-result details summary").First.ClickAsync();
        Assert.True(await page.Locator("#code-result details[open] .reasons li").CountAsync() > 0, "no reasons shown");
        await ShotAsync(page, "dashboard-code");
        NoErrors(errors);
    }

    [StoreFact]
    public async Task The_dashboard_fits_a_phone_and_puts_map_and_chart_side_by_side_on_a_laptop()
    {
        var (phone, errors) = await OpenAsync(width: 390, height: 844);
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        Assert.True(await phone.Locator("#event-table tbody tr.event-row").First.IsVisibleAsync());
        await ShotAsync(phone, "dashboard-phone");
        var (laptop, _) = await OpenAsync();
        var map = await laptop.Locator(".map-panel").BoundingBoxAsync();
        var chart = await laptop.Locator(".chart-panel").BoundingBoxAsync();
        Assert.Equal(map!.Y, chart!.Y);
        Assert.True(map.X + map.Width <= chart.X);
        NoErrors(errors);
    }
}

/// <summary>The dashboard of a server that requires an access token.</summary>
public sealed class TokenDashboardTests(TokenServer server, Browser browser) : IClassFixture<TokenServer>, IClassFixture<Browser>
{
    public static string? SkipReason => Browser.SkipReason;

    [StoreFact]
    public async Task The_dashboard_asks_for_the_token_and_then_shows_the_events()
    {
        var page = await browser.OpenAsync();
        await page.GotoAsync(server.Address.ToString());
        await page.Locator("#token").WaitForAsync();
        Assert.Contains("access token", await page.Locator("#status").InnerTextAsync());
        await page.FillAsync("#token", TokenServer.Secret);
        await page.ClickAsync("#token-form button");
        await page.Locator("#event-table tbody tr.event-row").First.WaitForAsync();
        Assert.False(await page.Locator("#token-form").IsVisibleAsync());
    }
}
