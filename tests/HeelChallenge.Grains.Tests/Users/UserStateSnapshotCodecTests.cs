using System.Text;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Storage;
using HeelChallenge.Grains.Users;

namespace HeelChallenge.Grains.Tests.Users;

public sealed class UserStateSnapshotCodecTests
{
    private const int Schema = 2;
    private static readonly DateTimeOffset At = new(2026, 2, 3, 4, 5, 6, TimeSpan.FromHours(-3));
    private static readonly UserStateSnapshotCodec Codec = UserStateSnapshotCodec.Instance;

    [Fact]
    public void Given_a_user_state_with_every_kind_of_record_When_written_and_read_back_Then_it_is_exactly_the_same()
    {
        var state = RichState();

        var ok = Codec.TryDeserialize(Codec.Serialize(state, Schema), Schema, out var back, out var problem);

        // The JSON form shows offsets and the scale of loads, which record equality would not compare.
        Assert.True(ok, problem);
        Assert.Equal(Json(state), Json(back!));
        Assert.Equal(state.Coaches, back!.Coaches);
        Assert.Same(back.Sets["plain"].Original, back.Sets["plain"].Current);
    }

    [Fact]
    public void Given_a_state_of_many_sets_When_written_Then_a_set_takes_a_tenth_of_its_json()
    {
        var state = RichState();
        for (var i = 0; i < 1000; i++)
        {
            var set = new LoggedSet(Guid.NewGuid().ToString("D"), "leg-press", null, 10, null, 60m, At.AddMinutes(i));
            state.Apply(new SetLogged(set, At.AddMinutes(i).AddSeconds(3)));
        }

        var binary = Codec.Serialize(state, Schema).Length;
        var json = StateSnapshots.Serialize(state, 1).Length;

        Assert.True(binary < json / 8, $"{binary} bytes against {json} as JSON");
        Assert.True(binary < 1000 * 50, $"{binary} bytes for 1,000 sets");
    }

    [Fact]
    public void Given_a_json_snapshot_of_an_older_build_When_read_Then_refused_as_another_format()
    {
        var json = StateSnapshots.Serialize(RichState(), 1);

        Assert.False(Codec.TryDeserialize(json, Schema, out var state, out var problem));
        Assert.Null(state);
        Assert.Contains("another format", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_snapshot_of_another_schema_When_read_Then_refused_naming_both_schemas()
    {
        var bytes = Codec.Serialize(RichState(), 7);

        Assert.False(Codec.TryDeserialize(bytes, Schema, out _, out var problem));
        Assert.Equal("the snapshot has schema 7, the code expects 2", problem);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(40)]
    [InlineData(-1)]
    public void Given_a_cut_or_padded_snapshot_When_read_Then_refused_with_a_reason(int keep)
    {
        var bytes = Codec.Serialize(RichState(), Schema);
        var damaged = keep >= 0 ? bytes[..keep] : [.. bytes, 0];

        Assert.False(Codec.TryDeserialize(damaged, Schema, out var state, out var problem));
        Assert.Null(state);
        Assert.False(string.IsNullOrEmpty(problem));
    }

    private static UserState RichState()
    {
        var state = new UserState();
        var coach = Guid.NewGuid();
        var former = Guid.NewGuid();
        state.Apply(new UserRegistered(Guid.NewGuid(), "ada", "Ada Lovelace", "America/Sao_Paulo", At));
        state.Apply(new CoachSettingsChanged(9, At));
        state.Apply(new CoachAccessGranted(former, At.AddDays(1), "CODE-ONE"));
        state.Apply(new CoachAccessRevoked(former, At.AddDays(2)));
        state.Apply(new CoachAccessGranted(coach, At.AddDays(3), "CODE-TWO"));
        state.Apply(new SetLogged(new LoggedSet("plain", "leg-press", null, 10, null, 80.50m, At), At.AddSeconds(5)));
        // Corrected: the logged version differs only by the offset of performedAt and the scale of the load.
        var uuid = Guid.NewGuid().ToString("D");
        state.Apply(new SetLogged(new LoggedSet(uuid, "leg-press", null, 12, null, 80.5m, At), At));
        state.Apply(new SetCorrected(new LoggedSet(uuid, "leg-press", null, 12, null, 80.50m, At.ToOffset(TimeSpan.FromHours(2))), At.AddMinutes(1)));
        state.Apply(new SetLogged(new LoggedSet("Left-Arch", "arch-rolls", "left", null, 120, null, At.ToUniversalTime()), At));
        state.Apply(new SetVoided("Left-Arch", At.AddMinutes(2)));
        state.Apply(new SetLogged(new LoggedSet("heavy", "leg-press", null, 1000, null, 999.999m, At.AddDays(-399)), At));
        return state;
    }

    private static string Json(UserState state) => Encoding.UTF8.GetString(StateSnapshots.Serialize(state, 1));
}
