namespace HeelChallenge.Domain.Challenges;

/// <summary>
/// The shape of invite codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), so a code read
/// aloud or copied by hand still works. 31^8 ≈ 8.5·10^11 codes: guessing one is hopeless at our rate limits.
/// </summary>
public static class InviteCodes
{
    public const int Length = 8;
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>Input is case-insensitive and may be grouped ("abcd-efgh", "ABCD EFGH"): upper case, no separators.</summary>
    public static string Normalize(string? input) =>
        input is null ? "" : string.Concat(input.Where(c => c is not ('-' or ' ' or '\t'))).ToUpperInvariant();

    /// <summary>Whether a normalised code can have been issued at all (anything else is unknown without a lookup).</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: Length } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
