using System.Security.Cryptography;
using HeelChallenge.Domain.Challenges;

namespace HeelChallenge.Grains.Challenges;

/// <summary>
/// Draws invite codes (crypto-random, so a code says nothing about any other) until one can be claimed. With
/// 31^8 codes a collision is rare even among millions of challenges; the bound only stops a broken claim from
/// looping forever.
/// </summary>
public static class InviteCodeDraw
{
    public const int MaxAttempts = 8;

    public static string NewCode() => new(RandomNumberGenerator.GetItems<char>(InviteCodes.Alphabet, InviteCodes.Length));

    /// <summary>The first drawn code that <paramref name="claim"/> accepts.</summary>
    public static async Task<string> ClaimFirstFree(Func<string> draw, Func<string, Task<bool>> claim, int maxAttempts = MaxAttempts)
    {
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentNullException.ThrowIfNull(claim);
        for (var attempt = 0; attempt < maxAttempts; attempt++)
        {
            var code = draw();
            if (await claim(code)) return code;
        }

        throw new InvalidOperationException($"No free invite code in {maxAttempts} draws.");
    }
}
