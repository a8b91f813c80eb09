using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HeelChallenge.Gateway.Tests.Infrastructure;

/// <summary>The fixed signing key the test hosts use, and a way to mint tokens the service did not issue.</summary>
public static class TestKeys
{
    public static readonly byte[] SigningKey = Enumerable.Range(1, 64).Select(i => (byte)(i * 7)).ToArray();
    public static readonly string SigningKeyBase64 = Convert.ToBase64String(SigningKey);

    public static string Token(
        Guid userId, DateTime expires, byte[]? key = null, string issuer = "heelchallenge", string audience = "heelchallenge")
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.AddHours(-1) < now ? expires.AddHours(-1) : now,
            NotBefore = expires.AddHours(-1) < now ? expires.AddHours(-1) : now,
            Expires = expires,
            Claims = new Dictionary<string, object> { ["sub"] = userId.ToString(), ["name"] = "someone" },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? SigningKey), SecurityAlgorithms.HmacSha256),
        });
    }
}
