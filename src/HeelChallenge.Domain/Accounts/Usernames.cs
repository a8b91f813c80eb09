using System.Text.RegularExpressions;
using HeelChallenge.Domain.Common;

namespace HeelChallenge.Domain.Accounts;

/// <summary>Usernames are case-insensitive: "Ada" and "ada" are one account, keyed by the normalised form.</summary>
public static partial class Usernames
{
    public const int MinLength = 3;
    public const int MaxLength = 32;
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex Pattern();

    public static string Normalize(string username) => username.Trim().ToLowerInvariant();

    public static DomainError? Validate(string? username)
    {
        if (string.IsNullOrWhiteSpace(username)) return DomainError.Invalid("username", "username is required.");
        var normalized = Normalize(username);
        return normalized.Length is < MinLength or > MaxLength || !Pattern().IsMatch(normalized)
            ? DomainError.Invalid("username",
                $"username must be {MinLength}..{MaxLength} characters: letters, digits, '.', '_' or '-', starting with a letter or digit.")
            : null;
    }

    public static DomainError? ValidatePassword(string? password) =>
        password is null || password.Length < MinPasswordLength || password.Length > MaxPasswordLength
            ? DomainError.Invalid("password", $"password must be {MinPasswordLength}..{MaxPasswordLength} characters.")
            : null;
}
