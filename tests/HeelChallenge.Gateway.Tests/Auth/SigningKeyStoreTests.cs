using HeelChallenge.Gateway.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HeelChallenge.Gateway.Tests.Auth;

public sealed class SigningKeyStoreTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "hc-keys-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Given_no_configured_key_When_starting_twice_Then_one_generated_key_is_kept_in_the_data_folder_with_mode_600()
    {
        var first = Store(null).Key.Key;
        var second = Store(null).Key.Key;

        Assert.Equal(64, first.Length);
        Assert.Equal(first, second);
        var file = Path.Combine(_dataDirectory, SigningKeyStore.FileName);
        Assert.Equal(first, Convert.FromBase64String(File.ReadAllText(file)));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void Given_a_configured_key_When_loading_Then_it_is_used_and_no_file_is_written()
    {
        var key = Store(TestKeys.SigningKeyBase64).Key.Key;

        Assert.Equal(TestKeys.SigningKey, key);
        Assert.False(File.Exists(Path.Combine(_dataDirectory, SigningKeyStore.FileName)));
    }

    [Theory]
    [InlineData("bm90IGxvbmcgZW5vdWdo")]
    [InlineData("*** not base64 ***")]
    public void Given_a_short_or_malformed_configured_key_When_loading_Then_a_clear_error(string configured)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Store(configured).Key);

        Assert.Contains("Auth:SigningKey", error.Message);
    }

    private SigningKeyStore Store(string? configuredKey)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = _dataDirectory })
            .Build();
        return new SigningKeyStore(
            Options.Create(new AuthSettings { SigningKey = configuredKey }), configuration, NullLogger<SigningKeyStore>.Instance);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
    }
}
