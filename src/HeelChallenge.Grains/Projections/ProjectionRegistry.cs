namespace HeelChallenge.Grains.Projections;

/// <summary>
/// The projection kinds this silo can run, each with a factory of its routes. Adding a kind = registering its routes
/// (<see cref="ProjectionSiloBuilderExtensions.AddProjectionKind"/>) and its read-model grains.
/// </summary>
public sealed class ProjectionRegistry(IEnumerable<ProjectionKindRegistration> registrations)
{
    private readonly Dictionary<string, ProjectionKindRegistration> _kinds =
        registrations.ToDictionary(r => r.Kind, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Kinds => _kinds.Keys;

    public ProjectionRoutes Create(string kind, IServiceProvider services, IGrainFactory grains) =>
        _kinds.TryGetValue(kind, out var registration)
            ? registration.Create(services, grains)
            : throw new InvalidOperationException($"There is no projection kind '{kind}'. Known: {string.Join(", ", _kinds.Keys)}.");
}
