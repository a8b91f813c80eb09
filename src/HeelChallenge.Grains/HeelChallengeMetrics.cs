using System.Diagnostics.Metrics;

namespace HeelChallenge.Grains;

/// <summary>The service's own meter; the host adds <see cref="MeterName"/> to OpenTelemetry.</summary>
public sealed class HeelChallengeMetrics
{
    public const string MeterName = "HeelChallenge";
    public const string SetsLogged = "heelchallenge.sets.logged";

    private readonly Counter<long> _setsLogged;

    public HeelChallengeMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _setsLogged = meter.CreateCounter<long>(SetsLogged, unit: "{set}", description: "Sets newly logged (durable), retries not counted.");
    }

    public void SetLogged(string exerciseId) => _setsLogged.Add(1, new KeyValuePair<string, object?>("exercise", exerciseId));
}
