using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HeelChallenge.Gateway.Tests.Infrastructure;

/// <summary>
/// The real host (silo + SQLite store + gateway) in memory, with a fresh data folder, a fixed signing key and
/// rate limits off (the silo takes a free port by default). Settings go through UseSetting so Program sees them before it composes.
/// </summary>
public class GatewayFactory : WebApplicationFactory<Program>
{
    public const string AdminUsername = "admin-of-tests";

    private readonly Lazy<Task<TestUser>> _sharedUser;
    private readonly Lazy<Task<TestUser>> _admin;

    public GatewayFactory()
    {
        _sharedUser = new(() => TestUser.CreateAsync(this));
        _admin = new(() => TestUser.CreateAsync(this, AdminUsername));
    }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "hc-gateway-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>One user for tests that only need "some user" and use fresh set ids (PBKDF2 makes users costly).</summary>
    public Task<TestUser> SharedUserAsync() => _sharedUser.Value;

    /// <summary>The one account named in Auth:Admins (a username can be registered once per host).</summary>
    public Task<TestUser> AdminAsync() => _admin.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Auth:SigningKey", TestKeys.SigningKeyBase64);
        builder.UseSetting("Auth:Admins:0", AdminUsername);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>More settings for a specialised factory.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings() => [("RateLimits:Enabled", "false")];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finalizing connection: the OS cleans temp folders.
        }
    }
}
