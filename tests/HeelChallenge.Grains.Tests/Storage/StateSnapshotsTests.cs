using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Tests.Storage;

public sealed class StateSnapshotsTests
{
    [Fact]
    public void Given_a_user_state_When_snapshotted_and_read_back_Then_every_set_and_field_survives()
    {
        var at = new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.FromHours(-3));
        var state = new UserState();
        state.Apply(new UserRegistered(Guid.NewGuid(), "ada", "Ada", "America/Sao_Paulo", at));
        state.Apply(new SetLogged(new LoggedSet("a", "leg-press", null, 10, null, 80.5m, at), at));
        state.Apply(new SetCorrected(new LoggedSet("a", "leg-press", null, 12, null, 80.5m, at), at.AddMinutes(1)));
        state.Apply(new SetLogged(new LoggedSet("b", "arch-rolls", "left", null, 120, null, at), at));
        state.Apply(new SetVoided("b", at.AddMinutes(2)));

        var bytes = StateSnapshots.Serialize(state, 1);
        var ok = StateSnapshots.TryDeserialize<UserState>(bytes, 1, out var back, out var problem);

        Assert.True(ok, problem);
        Assert.Equal((state.UserId, state.Username, state.DisplayName, state.TimeZone, state.RegisteredAt),
            (back!.UserId, back.Username, back.DisplayName, back.TimeZone, back.RegisteredAt));
        Assert.Equal(state.Sets.OrderBy(p => p.Key), back.Sets.OrderBy(p => p.Key));
        Assert.True(back.IsRegistered);
    }

    [Theory]
    [InlineData("""{"schema":2,"state":{}}""")]
    [InlineData("""{"schema":1}""")]
    [InlineData("""not json""")]
    public void Given_an_unusable_snapshot_When_read_Then_refused_with_a_reason(string json)
    {
        var ok = StateSnapshots.TryDeserialize<UserState>(System.Text.Encoding.UTF8.GetBytes(json), 1, out _, out var problem);

        Assert.False(ok);
        Assert.False(string.IsNullOrEmpty(problem));
    }
}
