using HeelChallenge.Domain.Catalog;

namespace HeelChallenge.Host;

/// <summary>What every verb checks before anything starts: the settings and the exercise catalog.</summary>
public sealed record StartupInputs(HostSettings Settings, ExerciseCatalog Catalog)
{
    /// <summary>The inputs, or null after printing why <paramref name="verb"/> cannot go on (a clear message, no stack).</summary>
    public static StartupInputs? TryLoad(IConfiguration configuration, string verb)
    {
        try
        {
            return new StartupInputs(HostSettings.From(configuration), ExerciseCatalog.LoadDefault());
        }
        catch (Exception e) when (e is StartupException or CatalogException)
        {
            Console.Error.WriteLine($"HeelChallenge cannot {verb}: {e.Message}");
            return null;
        }
    }
}
