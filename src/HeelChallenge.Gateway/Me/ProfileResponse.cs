using HeelChallenge.Abstractions.Users;

namespace HeelChallenge.Gateway.Me;

public sealed record ProfileResponse(
    Guid UserId, string Username, string DisplayName, string TimeZone, DateTimeOffset RegisteredAt, int SetCount)
{
    public static ProfileResponse From(UserProfile p) =>
        new(p.UserId, p.Username, p.DisplayName, p.TimeZone, p.RegisteredAt, p.SetCount);
}
