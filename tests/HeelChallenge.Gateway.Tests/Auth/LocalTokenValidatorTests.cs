using HeelChallenge.Gateway.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HeelChallenge.Gateway.Tests.Auth;

public sealed class LocalTokenValidatorTests
{
    private static readonly SymmetricSecurityKey Key = new(TestKeys.SigningKey);

    [Fact]
    public async Task Given_a_valid_token_When_validated_Then_its_identity_is_remembered_by_the_header_characters()
    {
        var validator = LocalTokenValidator.ForKey(Key, new ManualClock(DateTimeOffset.UtcNow));
        var userId = Guid.NewGuid();
        var token = TestKeys.Token(userId, DateTime.UtcNow.AddHours(1));
        Assert.False(validator.TryGetRemembered(token, out _));

        var validation = await validator.ValidateAsync(token);

        Assert.Null(validation.Failure);
        Assert.Equal(userId.ToString(), validation.Identity?.FindFirst("sub")?.Value);
        var header = "Bearer " + token;
        Assert.True(validator.TryGetRemembered(header.AsSpan("Bearer ".Length), out var remembered));
        Assert.Same(validation.Identity, remembered);
    }

    [Fact]
    public async Task Given_a_remembered_token_When_the_clock_passes_its_expiry_Then_it_is_forgotten()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var validator = LocalTokenValidator.ForKey(Key, clock);
        var token = TestKeys.Token(Guid.NewGuid(), DateTime.UtcNow.AddMinutes(10));
        Assert.NotNull((await validator.ValidateAsync(token)).Identity);

        clock.Now = clock.Now.AddMinutes(11);

        Assert.False(validator.TryGetRemembered(token, out _));

        // Full validation runs on the system clock (still before expiry); an answer already past expiry on ours is not kept.
        Assert.NotNull((await validator.ValidateAsync(token)).Identity);
        Assert.False(validator.TryGetRemembered(token, out _));
    }

    [Fact]
    public async Task Given_invalid_tokens_When_validated_Then_they_are_refused_and_never_remembered()
    {
        var validator = LocalTokenValidator.ForKey(Key, new ManualClock(DateTimeOffset.UtcNow));
        var expired = TestKeys.Token(Guid.NewGuid(), DateTime.UtcNow.AddMinutes(-5));
        var foreign = TestKeys.Token(Guid.NewGuid(), DateTime.UtcNow.AddHours(1), key: new byte[64]);
        var otherAudience = TestKeys.Token(Guid.NewGuid(), DateTime.UtcNow.AddHours(1), audience: "someone-else");

        Assert.IsType<SecurityTokenExpiredException>((await validator.ValidateAsync(expired)).Failure);
        foreach (var token in new[] { expired, foreign, otherAudience, "not.a.token" })
        {
            var validation = await validator.ValidateAsync(token);
            Assert.Null(validation.Identity);
            Assert.NotNull(validation.Failure);
            Assert.False(validator.TryGetRemembered(token, out _));
        }
    }

    [Theory]
    [InlineData("someone")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task Given_a_token_signed_with_our_key_whose_subject_is_no_user_id_When_validated_Then_it_is_refused(string subject)
    {
        var validator = LocalTokenValidator.ForKey(Key, new ManualClock(DateTimeOffset.UtcNow));
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenClaims.Issuer,
            Audience = TokenClaims.Audience,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["sub"] = subject },
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });

        var validation = await validator.ValidateAsync(token);

        Assert.Null(validation.Identity);
        Assert.Contains("user id", validation.Failure?.Message);
        Assert.False(validator.TryGetRemembered(token, out _));
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
