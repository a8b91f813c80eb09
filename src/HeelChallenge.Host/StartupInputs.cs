using HeelChallenge.Domain.Catalog;

namespace HeelChallenge.Host;

/// <summary>What every verb checks before anything starts: the settings and the exercise catalog.</summary>
public sealed record StartupInputs(HostSettings Settings, ExerciseCatalog Catalog)
{
    /// <summary>
    /// The inputs, or null after printing why <paramref name="verb"/> cannot go on (a clear message, no stack).
    /// <paramref name="joinsCluster"/>: false for the offline verbs, whose silo stays alone whatever the cluster settings.
    /// </summary>
    public static StartupInputs? TryLoad(IConfiguration configuration, string verb, bool joinsCluster = true)
    {
        try
        {
            return new StartupInputs(HostSettings.From(configuration, joinsCluster), ExerciseCatalog.LoadDefault());
        }
        catch (Exception e) when (e is StartupException or CatalogException)
        {
            Console.Error.WriteLine($"HeelChallenge cannot {verb}: {e.Message}");
            return null;
        }
    }
}
