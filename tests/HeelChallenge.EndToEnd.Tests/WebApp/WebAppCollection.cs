namespace HeelChallenge.EndToEnd.Tests.WebApp;

[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "Web app in Chromium";
}
