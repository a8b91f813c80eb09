using HeelChallenge.Testing;
using Microsoft.Playwright;

namespace HeelChallenge.EndToEnd.Tests.WebApp;

/// <summary>
/// One real host (own process, free port, temp data folder) and one headless Chromium for the whole collection.
/// The browser is Debian's /usr/bin/chromium (HC_CHROMIUM overrides it): Playwright only drives it, and never
/// downloads a browser. Each test opens its own browser contexts, so cookies, storage and cache never leak.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "hc-web-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private HostProcess? _host;

    public Uri BaseAddress => Host.BaseAddress;

    public HostProcess Host => _host ?? throw new InvalidOperationException("The fixture is not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not started.");

    public static string ScreenshotDirectory { get; } = Path.Combine(RepoPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("HC_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromium;
        if (!File.Exists(chromium))
            throw new InvalidOperationException($"Chromium not found at {chromium}: run .ci/prepare (apt-get install -y chromium).");

        Directory.CreateDirectory(ScreenshotDirectory);
        var hostStart = HostProcess.StartAsync(_dataDirectory);
        _playwright = await Playwright.CreateAsync();
        // Launch gives the browser a fresh temporary profile (user-data-dir) of its own, deleted on close.
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
        _host = await hostStart;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { }
    }
}
