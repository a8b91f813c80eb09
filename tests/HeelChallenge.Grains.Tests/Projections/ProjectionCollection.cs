namespace HeelChallenge.Grains.Tests.Projections;

/// <summary>Projection tests share one silo and run one after another: some restart the projector or rebuild.</summary>
[CollectionDefinition(Name)]
public sealed class ProjectionCollection : ICollectionFixture<ProjectionFixture>
{
    public const string Name = "projections";
}
