namespace HeelChallenge.Domain.Progress;

/// <summary>
/// One entry of a user's time-zone history: <see cref="TimeZone"/> is the zone of every set performed at or after
/// <see cref="EffectiveFrom"/>, until the next entry. The registration zone is effective from
/// <see cref="DateTimeOffset.MinValue"/>, so it also covers sets back-dated before registration.
/// </summary>
[GenerateSerializer, Immutable, Alias("progress-zone-change")]
public sealed record ZoneChange(
    [property: Id(0)] DateTimeOffset EffectiveFrom,
    [property: Id(1)] string TimeZone);
