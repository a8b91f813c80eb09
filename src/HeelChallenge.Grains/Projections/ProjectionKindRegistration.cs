namespace HeelChallenge.Grains.Projections;

/// <summary>One projection kind: its name and how to make its routes.</summary>
public sealed record ProjectionKindRegistration(string Kind, Func<IServiceProvider, IGrainFactory, ProjectionRoutes> Create);
