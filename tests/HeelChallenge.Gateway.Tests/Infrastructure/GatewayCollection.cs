namespace HeelChallenge.Gateway.Tests.Infrastructure;

/// <summary>One host for all tests of the collection; every test makes its own users and set ids.</summary>
[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayFactory>
{
    public const string Name = "gateway";
}
