using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Projections;

namespace HeelChallenge.Grains.Tests.Projections;

/// <summary>The compact set encoding of read-model snapshots: every field reads back exactly as it was.</summary>
public sealed class SetCodecTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 29, 1, 59, 59, 123, TimeSpan.FromHours(-3.5));

    public static TheoryData<string> SetIds => new()
    {
        Guid.NewGuid().ToString("D"),
        Guid.NewGuid().ToString("D").ToUpperInvariant(),
        Guid.NewGuid().ToString("N"),
        "set-00001",
        "x",
        "0e3f8c52-7a0b-4d6e-9c1f-ABCDEF012345",
        "0e3f8c52-7a0b-4d6e-9c1f-0123456789ab-",
    };

    [Theory]
    [MemberData(nameof(SetIds))]
    public void Given_any_set_id_When_written_and_read_Then_it_is_the_same_text(string setId)
    {
        var set = new LoggedSet(setId, "leg-press", null, 10, null, 40m, At);

        var (read, _) = RoundTrip([set]);

        Assert.Equal(setId, read[0].SetId);
    }

    [Fact]
    public void Given_a_lower_case_uuid_set_id_When_written_Then_it_takes_its_16_bytes_not_its_text()
    {
        var uuid = new LoggedSet(Guid.NewGuid().ToString("D"), "leg-press", null, 10, null, null, At);
        var upper = uuid with { SetId = uuid.SetId.ToUpperInvariant() };

        var (_, compact) = RoundTrip([uuid]);
        var (_, plain) = RoundTrip([upper]);

        Assert.Equal(plain - 37 + 16, compact);
    }

    public static TheoryData<decimal?> Loads => new() { null, 0m, 40m, 40.0m, 40.000m, 0.5m, -1.25m, 1000m, 4_294_967_295m, 4_294_967_296m, decimal.MaxValue, decimal.MinValue, -0.0m, 0.0000000000000000000000000001m };

    [Theory]
    [MemberData(nameof(Loads))]
    public void Given_a_load_When_written_and_read_Then_value_and_scale_are_kept(decimal? load)
    {
        var set = new LoggedSet("s", "leg-press", null, 10, null, load, At);

        var (read, _) = RoundTrip([set]);

        Assert.Equal(load, read[0].LoadKg);
        Assert.Equal(load?.ToString(System.Globalization.CultureInfo.InvariantCulture), read[0].LoadKg?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Given_sets_with_repeated_and_odd_names_and_numbers_When_read_Then_each_set_equals_its_original()
    {
        LoggedSet[] sets =
        [
            new("a", "arch-rolls", "left", null, 7200, null, At),
            new("b", "arch-rolls", "right", null, 1, null, At.ToUniversalTime()),
            new("c", "ankle-alphabet", "left", 26, null, 0m, At.AddDays(-400)),
            new("d", "leg-press", null, int.MaxValue, int.MinValue, 12.5m, At),
            new("e", "exercise-ünïcode", "côté", -1, 0, null, At),
            new("f", "arch-rolls", "left", 300, null, null, At),
        ];

        var (read, _) = RoundTrip(sets, withFlags: true);

        Assert.Equal(sets, read);
        // Record equality compares instants only: the offsets are checked on their own.
        Assert.Equal(sets.Select(s => s.PerformedAt.Offset), read.Select(s => s.PerformedAt.Offset));
        Assert.Same(SharedNames.Intern("left"), read[5].Side);
        Assert.Same(read[0].ExerciseId, read[5].ExerciseId);
    }

    [Fact]
    public void Given_long_set_ids_and_names_When_written_and_read_Then_they_are_kept_and_names_still_shared()
    {
        var longName = "exercise-" + new string('é', 150) + "-🦶";
        LoggedSet[] sets =
        [
            new(new string('x', 300), longName, "left", 10, null, 1.5m, At),
            new("short", longName, "left", 11, null, null, At),
            new(new string('y', 90), "leg-press", new string('s', 40), null, 30, decimal.MaxValue, At),
            new("again", "leg-press", null, 12, null, null, At),
        ];

        var (read, _) = RoundTrip(sets, withFlags: true);

        Assert.Equal(sets, read);
        Assert.Same(read[0].ExerciseId, read[1].ExerciseId);
    }

    [Fact]
    public void Given_the_extra_flag_When_read_Then_each_set_gets_its_own_flag_back()
    {
        var sets = Enumerable.Range(0, 5).Select(i => new LoggedSet($"s{i}", "leg-press", null, 10, null, null, At)).ToArray();

        var flags = ReadFlags(sets, i => i % 2 == 1);

        Assert.Equal([false, true, false, true, false], flags);
    }

    [Fact]
    public void Given_withLoad_false_When_read_Then_the_load_is_left_out_and_the_rest_kept()
    {
        var set = new LoggedSet("s", "leg-press", null, 10, null, 80m, At);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) new SetWriter(writer).Write(set, withLoad: false);
        stream.Position = 0;

        var read = new SetReader(new BinaryReader(stream)).Read(out _);

        Assert.Equal(set with { LoadKg = null }, read);
    }

    private static (LoggedSet[] Sets, long Bytes) RoundTrip(LoggedSet[] sets, bool withFlags = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            var setWriter = new SetWriter(writer);
            foreach (var set in sets) setWriter.Write(set, flag: withFlags);
        }

        var bytes = stream.Length;
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var setReader = new SetReader(reader);
        var read = sets.Select(set => setReader.Read(out var flag)).ToArray();
        Assert.Equal(bytes, stream.Position);
        return (read, bytes);
    }

    private static bool[] ReadFlags(LoggedSet[] sets, Func<int, bool> flagOf)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            var setWriter = new SetWriter(writer);
            for (var i = 0; i < sets.Length; i++) setWriter.Write(sets[i], flag: flagOf(i));
        }

        stream.Position = 0;
        var setReader = new SetReader(new BinaryReader(stream));
        return sets.Select(set => { setReader.Read(out var flag); return flag; }).ToArray();
    }
}
