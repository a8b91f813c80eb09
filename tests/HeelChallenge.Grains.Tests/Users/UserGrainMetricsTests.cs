using System.Diagnostics.Metrics;
using HeelChallenge.Abstractions.Users;

namespace HeelChallenge.Grains.Tests.Users;

[Collection(ClusterCollection.Name)]
public sealed class UserGrainMetricsTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_a_listener_When_a_set_is_logged_and_retried_Then_the_sets_logged_counter_counts_it_once()
    {
        var (_, grain) = await TestSets.NewUser(fixture.Grains);
        var set = TestSets.ArchRolls("right", 90, TestSets.Noon);
        var counted = 0L;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument is { Meter.Name: HeelChallengeMetrics.MeterName, Name: HeelChallengeMetrics.SetsLogged }) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag is { Key: "exercise", Value: "arch-rolls" }) Interlocked.Add(ref counted, value);
        });
        listener.Start();

        Assert.Equal(SetOutcome.Created, (await grain.LogSet(set)).Outcome);
        Assert.Equal(SetOutcome.Unchanged, (await grain.LogSet(set)).Outcome);

        Assert.Equal(1, Interlocked.Read(ref counted));
    }
}
