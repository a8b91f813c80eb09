using System.Security.Cryptography;
using HeelChallenge.Gateway.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace HeelChallenge.Gateway.Auth;

/// <summary>
/// The HMAC key that signs local tokens: Auth:SigningKey when configured, otherwise a random 64-byte key generated on
/// first run and kept in {Storage:DataDirectory}/signing-key (mode 600), so tokens survive restarts.
/// </summary>
public sealed class SigningKeyStore(IOptions<AuthSettings> settings, IConfiguration configuration, ILogger<SigningKeyStore> logger)
{
    public const int MinKeyBytes = 32;
    public const string FileName = "signing-key";
    private readonly Lazy<SymmetricSecurityKey> _key = new(() => Load(settings.Value, configuration, logger));

    public SymmetricSecurityKey Key => _key.Value;

    private static SymmetricSecurityKey Load(AuthSettings settings, IConfiguration configuration, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(settings.SigningKey))
        {
            return new SymmetricSecurityKey(Decode(settings.SigningKey, "Auth:SigningKey"));
        }

        var path = Path.Combine(StorageSettings.DataDirectory(configuration), FileName);
        if (!File.Exists(path))
        {
            TryCreate(path, logger);
        }

        return new SymmetricSecurityKey(Decode(File.ReadAllText(path), path));
    }

    private static void TryCreate(string path, ILogger logger)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new FileStream(path, options);
            using (var writer = new StreamWriter(file))
            {
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
                writer.Flush();
                file.Flush(flushToDisk: true);
            }

            logger.LogInformation("Generated a token signing key in {Path}", path);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
        }
    }

    private static byte[] Decode(string base64, string source)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"The token signing key in {source} is not valid base64.", e);
        }

        return bytes.Length >= MinKeyBytes
            ? bytes
            : throw new InvalidOperationException($"The token signing key in {source} has {bytes.Length} bytes; at least {MinKeyBytes} are needed.");
    }
}
