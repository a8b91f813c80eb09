using Microsoft.AspNetCore.Identity;

namespace HeelChallenge.Gateway.Auth;

/// <summary>
/// PBKDF2 password hashes through ASP.NET Core Identity's PasswordHasher (format v3). Verifying for an unknown user
/// still runs one PBKDF2 verification against a fixed hash, so response time does not reveal which usernames exist.
/// </summary>
public sealed class PasswordHashing
{
    private readonly PasswordHasher<PasswordHashing> _hasher = new();
    private readonly Lazy<string> _decoy;

    public PasswordHashing() => _decoy = new(() => Hash(Guid.NewGuid().ToString()));

    public string Hash(string password) => _hasher.HashPassword(this, password);

    /// <summary>True when <paramref name="hash"/> is a hash of <paramref name="password"/>; false for a null hash.</summary>
    public bool Verify(string? hash, string password)
    {
        var result = _hasher.VerifyHashedPassword(this, hash ?? _decoy.Value, password);
        return hash is not null && result != PasswordVerificationResult.Failed;
    }

    /// <summary>Computes the decoy hash at start-up rather than on the first unknown-user login.</summary>
    public void Warm() => _ = _decoy.Value;
}
