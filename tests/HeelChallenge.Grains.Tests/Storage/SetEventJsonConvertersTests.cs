using System.Text.Json;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Tests.Storage;

/// <summary>The hand-written SetLogged and SetCorrected converters against the general record converter they replaced.</summary>
public sealed class SetEventJsonConvertersTests
{
    private static readonly JsonSerializerOptions General = WithoutConverters();
    private static readonly DateTimeOffset At = new(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(2));
    private static readonly LoggedSet Set = new("s-1", "leg-press", null, 10, null, 42.5m, At.AddMinutes(-3));

    public static TheoryData<UserEvent> Events => new()
    {
        new SetLogged(Set, At),
        new SetCorrected(Set with { Reps = 12, LoadKg = null }, At.AddDays(1).ToUniversalTime()),
        new SetLogged(Set with { Side = "left", Reps = null, Seconds = 90 }, DateTimeOffset.MaxValue),
        new SetCorrected(Set, DateTimeOffset.MinValue),
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void Given_a_set_event_When_written_Then_the_json_is_exactly_what_the_general_converter_wrote(UserEvent e)
    {
        var handWritten = JsonSerializer.Serialize(e, e.GetType(), EventJson.Options);
        var general = JsonSerializer.Serialize(e, e.GetType(), General);

        Assert.Equal(general, handWritten);
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Given_stored_json_When_read_Then_the_event_equals_the_one_written_offsets_included(UserEvent e)
    {
        var json = JsonSerializer.Serialize(e, e.GetType(), General);

        var read = (UserEvent)JsonSerializer.Deserialize(json, e.GetType(), EventJson.Options)!;

        Assert.Equal(e, read);
        Assert.Equal(e.At.Offset, read.At.Offset);
    }

    [Theory]
    [InlineData("""{"SET":{"setId":"s-1","exerciseId":"leg-press","reps":12,"performedAt":"2026-03-01T07:30:00Z"},"LoggedAt":"2026-03-01T07:31:00Z"}""")]
    [InlineData("""{"extra":[{"set":1}],"loggedAt":"2026-03-01T07:31:00Z","set":{"setId":"s-1","exerciseId":"leg-press","reps":12,"performedAt":"2026-03-01T07:30:00Z"}}""")]
    [InlineData("""{"set":null,"loggedAt":"2026-03-01T07:31:00Z"}""")]
    [InlineData("""{"set":{"setId":"s-1","exerciseId":"leg-press","reps":12,"performedAt":"2026-03-01T07:30:00Z"}}""")]
    [InlineData("""{"correctedAt":"2026-03-01T07:31:00Z","set":{"setId":"s-1","exerciseId":"leg-press","reps":12,"performedAt":"2026-03-01T07:30:00Z"}}""")]
    public void Given_json_in_another_shape_When_read_Then_it_reads_as_the_general_converter_reads_it(string json)
    {
        var general = JsonSerializer.Deserialize<SetLogged>(json, General)!;

        var handWritten = JsonSerializer.Deserialize<SetLogged>(json, EventJson.Options)!;

        Assert.Equal(general, handWritten);
    }

    [Theory]
    [InlineData("""{"set":{"setId":"s-1","exerciseId":"leg-press","reps":12,"performedAt":"2026-03-01T07:30:00Z"},"loggedAt":null}""")]
    [InlineData("""{"set":{"setId":"s-1","exerciseId":"leg-press","reps":12,"performedAt":"2026-03-01T07:30:00Z"},"loggedAt":"soon"}""")]
    [InlineData("""{"set":"s-1","loggedAt":"2026-03-01T07:31:00Z"}""")]
    [InlineData("""["set"]""")]
    public void Given_malformed_json_When_read_Then_both_converters_refuse_it(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<SetLogged>(json, General));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<SetLogged>(json, EventJson.Options));
    }

    private static JsonSerializerOptions WithoutConverters()
    {
        var options = new JsonSerializerOptions(EventJson.Options);
        options.Converters.Clear();
        return options;
    }
}
