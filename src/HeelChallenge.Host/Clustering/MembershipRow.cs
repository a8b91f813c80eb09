using System.Globalization;
using System.Text.Json;

namespace HeelChallenge.Host.Clustering;

/// <summary>A <see cref="MembershipEntry"/> as the JSON the membership table stores (everything but the heartbeat column).</summary>
internal sealed record MembershipRow(
    string Address,
    int Status,
    List<MembershipSuspicion> Suspicions,
    int ProxyPort,
    string HostName,
    string SiloName,
    string? RoleName,
    int UpdateZone,
    int FaultZone,
    DateTime StartTime)
{
    public static string ToJson(MembershipEntry entry) => JsonSerializer.Serialize(new MembershipRow(
        entry.SiloAddress.ToParsableString(),
        (int)entry.Status,
        [.. (entry.SuspectTimes ?? []).Select(s => new MembershipSuspicion(s.Item1.ToParsableString(), s.Item2))],
        entry.ProxyPort,
        entry.HostName ?? "",
        entry.SiloName ?? "",
        entry.RoleName,
        entry.UpdateZone,
        entry.FaultZone,
        entry.StartTime));

    public static MembershipEntry FromJson(string json, DateTime iAmAlive)
    {
        var row = JsonSerializer.Deserialize<MembershipRow>(json)
            ?? throw new InvalidOperationException("A membership row holds JSON null.");
        return new MembershipEntry
        {
            SiloAddress = SiloAddress.FromParsableString(row.Address),
            Status = (SiloStatus)row.Status,
            SuspectTimes = [.. row.Suspicions.Select(s => Tuple.Create(SiloAddress.FromParsableString(s.By), s.At))],
            ProxyPort = row.ProxyPort,
            HostName = row.HostName,
            SiloName = row.SiloName,
            RoleName = row.RoleName,
            UpdateZone = row.UpdateZone,
            FaultZone = row.FaultZone,
            StartTime = row.StartTime,
            IAmAliveTime = iAmAlive,
        };
    }

    public static string Etag(long value) => value.ToString(CultureInfo.InvariantCulture);
}

internal sealed record MembershipSuspicion(string By, DateTime At);
