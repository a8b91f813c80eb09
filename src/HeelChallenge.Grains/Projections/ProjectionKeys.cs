namespace HeelChallenge.Grains.Projections;

/// <summary>
/// Snapshot keys of projections: projection:{kind}:... . Everything under <see cref="Prefix"/> can be thrown away and
/// rebuilt from the log (the offline rebuild deletes it).
/// </summary>
public static class ProjectionKeys
{
    public const string Prefix = "projection:";

    public static string Checkpoint(string kind) => $"{Prefix}{kind}:checkpoint";

    public static string ReadModel(string kind, string name, string key) => $"{Prefix}{kind}:{name}:{key}";
}
