using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HeelChallenge.Domain.Progress;
using HeelChallenge.Domain.Users;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using static HeelChallenge.Domain.Tests.Progress.ProgressKit;

namespace HeelChallenge.Domain.Tests.Progress;

/// <summary>
/// The state survives what a grain does to it: JSON snapshots (the same options as the grains' EventJson: web
/// defaults, only settable or constructor data) and Orleans copies/serialization; the restored state folds on
/// exactly like the live one.
/// </summary>
public class SnapshotTests
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlyConstructedData } },
    };

    private static readonly IServiceProvider Orleans =
        new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(ProgressState).Assembly)).BuildServiceProvider();

    private static readonly LoggedSet Corrected = Set("b", "ankle-alphabet", 26, "2026-03-02T08:00:00Z", "left");

    private static readonly UserEvent[] FirstHalf =
    [
        Registered("Europe/Paris", "2026-03-01T00:00:00Z"),
        Log("a", "leg-press", 7, "2026-03-01T07:30:00Z"),
        Log(Corrected),
        Log("c", "arch-rolls", 200, "2026-03-02T09:00:00Z", "right"),
        MovedTo("America/Los_Angeles", "2026-03-03T12:00:00Z"),
        Log("d", "leg-press", 10, "2026-03-04T06:00:00Z"),
    ];

    private static readonly UserEvent[] SecondHalf =
    [
        Correct(Corrected with { Side = "right", PerformedAt = At("2026-03-05T03:00:00Z") }, "2026-03-05T04:00:00Z"),
        Void("c", "2026-03-05T05:00:00Z"),
        Log("e", "foam-roller-release", 300, "2026-03-05T18:00:00Z", "left"),
        Log("a", "leg-press", 7, "2026-03-01T07:30:00Z"),
    ];

    [Fact]
    public void Given_a_state_When_saved_as_a_JSON_snapshot_and_restored_Then_it_continues_like_the_live_state()
    {
        var live = Fold(FirstHalf);
        var json = JsonSerializer.Serialize(live, SnapshotJson);
        var restored = JsonSerializer.Deserialize<ProgressState>(json, SnapshotJson)!;

        foreach (var e in SecondHalf)
        {
            live.Apply(e);
            restored.Apply(e);
        }

        Assert.Contains("\"zones\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"isRegistered\"", json, StringComparison.Ordinal);
        Assert.Equal(Report(live, "2026-03-06T00:00:00Z"), Report(restored, "2026-03-06T00:00:00Z"));
        Assert.Equal(JsonSerializer.Serialize(live, SnapshotJson), JsonSerializer.Serialize(restored, SnapshotJson));
    }

    [Fact]
    public void Given_a_state_When_copied_and_serialized_by_Orleans_Then_it_continues_like_the_live_state()
    {
        var live = Fold(FirstHalf);
        var copy = Orleans.GetRequiredService<DeepCopier<ProgressState>>().Copy(live);
        var serializer = Orleans.GetRequiredService<Serializer<ProgressState>>();
        var roundTripped = serializer.Deserialize(serializer.SerializeToArray(live))!;

        foreach (var e in SecondHalf)
        {
            live.Apply(e);
            copy.Apply(e);
            roundTripped.Apply(e);
        }

        var expected = Report(live, "2026-03-06T00:00:00Z");
        Assert.NotSame(live.Days, copy.Days);
        Assert.Equal(expected, Report(copy, "2026-03-06T00:00:00Z"));
        Assert.Equal(expected, Report(roundTripped, "2026-03-06T00:00:00Z"));
    }

    [Fact]
    public void Given_a_report_When_serialized_by_Orleans_Then_it_reads_back_equal()
    {
        var report = Report(Fold(FirstHalf.Concat(SecondHalf)), "2026-03-06T00:00:00Z");
        var serializer = Orleans.GetRequiredService<Serializer<ProgressReport>>();

        Assert.Equal(report, serializer.Deserialize(serializer.SerializeToArray(report)));
    }

    // The grains' snapshot rule (HeelChallenge.Grains.Storage.EventJson): a type built through a constructor keeps
    // only its constructor data; other types keep only their settable properties.
    private static void OnlyConstructedData(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        var builtFromConstructor = info.Properties.Any(p => p.AssociatedParameter is not null);
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.AssociatedParameter is not null) continue;
            if (builtFromConstructor || property.Set is null) info.Properties.RemoveAt(i);
        }
    }
}
