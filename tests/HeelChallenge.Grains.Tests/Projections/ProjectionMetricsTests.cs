using System.Diagnostics.Metrics;
using HeelChallenge.Grains.Projections;
using static HeelChallenge.Grains.Tests.Projections.LogWriter;

namespace HeelChallenge.Grains.Tests.Projections;

/// <summary>Projection lag (head − checkpoint) is an observable gauge on the service's meter, tagged with the kind.</summary>
[Collection(ProjectionCollection.Name)]
public sealed class ProjectionMetricsTests(ProjectionFixture fixture)
{
    [Fact]
    public async Task Given_a_caught_up_projector_When_the_lag_gauge_is_read_Then_it_reports_the_kind_and_no_lag()
    {
        var challenge = Guid.NewGuid();
        await fixture.Log.Challenge(challenge, Created(challenge, Guid.NewGuid()));
        var head = await fixture.Store.ReadHeadPositionAsync();
        await Eventually.Get(async () => (await fixture.Projector.GetStatus()) is { } s && s.Checkpoint >= head ? s : null, TimeSpan.FromSeconds(20));

        var measurements = new List<(string Instrument, long Value, string? Kind)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == HeelChallengeMetrics.MeterName && instrument.Name.StartsWith("heelchallenge.projection.", StringComparison.Ordinal))
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (measurements) measurements.Add((instrument.Name, value, tags.ToArray().FirstOrDefault(t => t.Key == "kind").Value as string));
        });
        listener.Start();

        await Eventually.Holds(() =>
        {
            measurements.Clear();
            listener.RecordObservableInstruments();
            Assert.Contains((ProjectionProgress.LagInstrument, 0L, "leaderboards"), measurements);
            Assert.Contains((ProjectionProgress.DeliveryLagInstrument, 0L, "leaderboards"), measurements);
            return Task.CompletedTask;
        });
    }
}
