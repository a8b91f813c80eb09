using HeelChallenge.Gateway.Auth;
using Microsoft.IdentityModel.Tokens;

namespace HeelChallenge.Gateway.Tests.Auth;

public sealed class CachingTokenHandlerTests
{
    private static readonly TokenValidationParameters Parameters = AuthSetup.LocalTokenValidation(new SymmetricSecurityKey(TestKeys.SigningKey));
    private static readonly TokenValidationParameters OtherKey = AuthSetup.LocalTokenValidation(new SymmetricSecurityKey(new byte[64]));

    [Fact]
    public async Task Given_a_valid_token_When_validated_twice_Then_both_answers_are_valid_with_their_own_identity()
    {
        var handler = new CachingTokenHandler(new ManualClock(DateTimeOffset.UtcNow));
        var userId = Guid.NewGuid();
        var token = TestKeys.Token(userId, DateTime.UtcNow.AddHours(1));

        var first = await handler.ValidateTokenAsync(token, Parameters);
        var second = await handler.ValidateTokenAsync(token, Parameters);

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal(userId.ToString(), second.ClaimsIdentity.FindFirst("sub")?.Value);
    }

    [Fact]
    public async Task Given_a_cached_token_When_the_clock_passes_its_expiry_Then_it_is_validated_again_in_full()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var handler = new CachingTokenHandler(clock);
        var token = TestKeys.Token(Guid.NewGuid(), DateTime.UtcNow.AddMinutes(10));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters)).IsValid);

        // Within its lifetime the remembered answer stands (the parameters of one scheme never change)...
        Assert.True((await handler.ValidateTokenAsync(token, OtherKey)).IsValid);
        clock.Now = clock.Now.AddMinutes(11);

        // ...after it, the token goes through full validation again, which this key refuses.
        Assert.False((await handler.ValidateTokenAsync(token, OtherKey)).IsValid);
    }

    [Fact]
    public async Task Given_invalid_tokens_When_validated_Then_they_are_never_remembered()
    {
        var handler = new CachingTokenHandler(new ManualClock(DateTimeOffset.UtcNow));
        var expired = TestKeys.Token(Guid.NewGuid(), DateTime.UtcNow.AddMinutes(-5));
        var foreign = TestKeys.Token(Guid.NewGuid(), DateTime.UtcNow.AddHours(1), key: new byte[64]);

        Assert.False((await handler.ValidateTokenAsync(expired, Parameters)).IsValid);
        Assert.False((await handler.ValidateTokenAsync(expired, Parameters)).IsValid);
        Assert.False((await handler.ValidateTokenAsync(foreign, Parameters)).IsValid);
        Assert.False((await handler.ValidateTokenAsync(foreign, Parameters)).IsValid);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
