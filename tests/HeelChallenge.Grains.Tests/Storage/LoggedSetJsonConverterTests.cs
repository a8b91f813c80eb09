using System.Text.Json;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Tests.Storage;

/// <summary>The hand-written set converter against the general record converter it replaced, on the same options.</summary>
public sealed class LoggedSetJsonConverterTests
{
    private static readonly JsonSerializerOptions General = WithoutSetConverter();
    private static readonly DateTimeOffset At = new(2026, 3, 29, 1, 59, 59, 999, TimeSpan.FromHours(-3.5));

    public static TheoryData<LoggedSet> Sets => new()
    {
        new LoggedSet("s-1", "leg-press", null, 10, null, 42.5m, At),
        new LoggedSet("s-2", "ankle-alphabet", "left", 26, null, null, At.AddTicks(1)),
        new LoggedSet("s-3", "foam-roller-release", "right", null, 300, 0m, At.ToUniversalTime()),
        new LoggedSet("s-4", "leg-extension", null, 1000, null, 12.50m, DateTimeOffset.MinValue),
        new LoggedSet("Zoë \"quoted\" \\ <tag> 🦶 \u0001", "arch-rolls", "left", null, 7200, 1000.000m, DateTimeOffset.MaxValue),
        new LoggedSet("s-6", "seated-calf-raise", null, null, null, 0.001m, At.AddYears(1)),
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Given_a_set_When_written_Then_the_json_is_exactly_what_the_general_converter_wrote(LoggedSet set)
    {
        var handWritten = JsonSerializer.Serialize(new SetLogged(set, At), EventJson.Options);
        var general = JsonSerializer.Serialize(new SetLogged(set, At), General);

        Assert.Equal(general, handWritten);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Given_stored_json_When_read_Then_the_set_equals_the_one_written(LoggedSet set)
    {
        var json = JsonSerializer.Serialize(new SetLogged(set, At), General);

        var read = JsonSerializer.Deserialize<SetLogged>(json, EventJson.Options)!;

        Assert.Equal(set, read.Set);
        Assert.Equal(set.PerformedAt.Offset, read.Set.PerformedAt.Offset);
    }

    [Theory]
    [InlineData("""{"set":{"SETID":"s-1","ExerciseId":"leg-press","Side":null,"Reps":"12","Seconds":null,"LoadKg":"40.5","PerformedAt":"2026-03-01T07:30:00+01:00"},"loggedAt":"2026-03-01T07:31:00Z"}""")]
    [InlineData("""{"set":{"performedAt":"2026-03-01T07:30:00+01:00","extra":{"nested":[1,{"a":2}]},"reps":12,"loadKg":40.5,"exerciseId":"leg-press","setId":"s-1"},"loggedAt":"2026-03-01T07:31:00Z"}""")]
    [InlineData("""{"set":{"setId":"s-\u0031","exerciseId":"leg-\u0070ress","reps":12,"loadKg":40.5,"performedAt":"2026-03-01T07:30:00+01:00","unknown":"x"},"loggedAt":"2026-03-01T07:31:00Z"}""")]
    public void Given_json_in_another_shape_When_read_Then_it_reads_as_the_general_converter_reads_it(string json)
    {
        var general = JsonSerializer.Deserialize<SetLogged>(json, General)!;

        var handWritten = JsonSerializer.Deserialize<SetLogged>(json, EventJson.Options)!;

        Assert.Equal(general.Set, handWritten.Set);
        Assert.Equal(new LoggedSet("s-1", "leg-press", null, 12, null, 40.5m, new DateTimeOffset(2026, 3, 1, 7, 30, 0, TimeSpan.FromHours(1))), handWritten.Set);
    }

    [Theory]
    [InlineData("""{"set":{"setId":"s-1","exerciseId":"leg-press","reps":true,"performedAt":"2026-03-01T07:30:00Z"},"loggedAt":"2026-03-01T07:31:00Z"}""")]
    [InlineData("""{"set":{"setId":"s-1","exerciseId":"leg-press","reps":12,"performedAt":"yesterday"},"loggedAt":"2026-03-01T07:31:00Z"}""")]
    [InlineData("""{"set":{"setId":"s-1","exerciseId":"leg-press","loadKg":"heavy","performedAt":"2026-03-01T07:30:00Z"},"loggedAt":"2026-03-01T07:31:00Z"}""")]
    [InlineData("""{"set":["s-1"],"loggedAt":"2026-03-01T07:31:00Z"}""")]
    [InlineData("""{"set":{"setId":"s-1","exerciseId":"leg-press","reps":" 5","performedAt":"2026-03-01T07:30:00Z"},"loggedAt":"2026-03-01T07:31:00Z"}""")]
    [InlineData("""{"set":{"setId":"s-1","exerciseId":"leg-press","loadKg":"5 ","performedAt":"2026-03-01T07:30:00Z"},"loggedAt":"2026-03-01T07:31:00Z"}""")]
    public void Given_malformed_json_When_read_Then_both_converters_refuse_it(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<SetLogged>(json, General));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<SetLogged>(json, EventJson.Options));
    }

    [Fact]
    public async Task Given_a_stream_read_in_small_buffers_When_sets_carry_unknown_nested_members_Then_they_read_as_the_general_converter_reads_them()
    {
        const string json = """[{"setId":"s-1","extra":{"nested":[1,{"a":"long enough to span several buffers"}]},"exerciseId":"leg-press","reps":12,"performedAt":"2026-03-01T07:30:00Z"},{"setId":"s-2","exerciseId":"arch-rolls","side":"left","seconds":120,"performedAt":"2026-03-01T07:35:00Z","more":[[],{}]}]""";
        var small = new JsonSerializerOptions(EventJson.Options) { DefaultBufferSize = 16 };
        var generalSmall = new JsonSerializerOptions(General) { DefaultBufferSize = 16 };

        var handWritten = await JsonSerializer.DeserializeAsync<List<LoggedSet>>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), small);
        var general = await JsonSerializer.DeserializeAsync<List<LoggedSet>>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), generalSmall);

        Assert.Equal(general, handWritten);
        Assert.Equal(2, handWritten!.Count);
    }

    [Fact]
    public void Given_two_stored_sets_When_read_Then_they_share_one_instance_of_each_exercise_and_side_name()
    {
        var first = JsonSerializer.Deserialize<LoggedSet>("""{"setId":"a","exerciseId":"floor-calf-raise","side":"left","performedAt":"2026-03-01T07:30:00Z"}""", EventJson.Options)!;
        var second = JsonSerializer.Deserialize<LoggedSet>("""{"setId":"b","exerciseId":"floor-calf-raise","side":"left","performedAt":"2026-03-01T07:30:00Z"}""", EventJson.Options)!;

        Assert.Same(first.ExerciseId, second.ExerciseId);
        Assert.Same(first.Side, second.Side);
        Assert.NotSame(first.SetId, second.SetId);
    }

    private static JsonSerializerOptions WithoutSetConverter()
    {
        var options = new JsonSerializerOptions(EventJson.Options);
        options.Converters.Clear();
        return options;
    }
}
