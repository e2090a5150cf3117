using Microsoft.Playwright;

namespace Parley.Server.Tests.Dashboard;

/// <summary>
/// A real headless Chromium, Debian's package (`apt-get install chromium`, which .ci/run does),
/// driven by Playwright. Playwright never downloads a browser here: it is pointed at the system's.
/// Without the package the dashboard tests are skipped, with the reason.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string Executable = "/usr/bin/chromium";

    public static string? SkipReason => File.Exists(Executable) ? null : $"{Executable} is not installed: `apt-get install -y chromium` (.ci/run installs it)";

    IPlaywright? playwright;
    public IBrowser Chromium { get; private set; } = null!;

    /// <summary>Where screenshots go: beside the test assembly, under screenshots/.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (SkipReason is not null) return;
        playwright = await Playwright.CreateAsync();
        Chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            // As root in a sandbox without a network: no sandbox of Chromium's own, and none of its background calls home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null) await Chromium.DisposeAsync();
        playwright?.Dispose();
    }

    /// <summary>A fresh page at a viewport size; messages the page logs as errors fail the test that reads them.</summary>
    public async Task<IPage> OpenAsync(int width = 1280, int height = 800)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true });
        context.SetDefaultTimeout(10_000);
        return await context.NewPageAsync();
    }
}
