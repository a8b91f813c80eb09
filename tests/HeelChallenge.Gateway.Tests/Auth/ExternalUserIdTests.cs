using HeelChallenge.Gateway.Auth;

namespace HeelChallenge.Gateway.Tests.Auth;

public sealed class ExternalUserIdTests
{
    [Fact]
    public void Given_the_RFC_example_When_making_a_version_5_uuid_Then_it_matches_the_published_value()
    {
        // uuid5(NAMESPACE_DNS, "python.org"), as Python's uuid module and RFC 9562 implementations give it.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), HeelChallenge.Domain.Common.NameBasedGuid.Create(dns, "python.org"));
    }

    [Fact]
    public void Given_an_issuer_and_subject_When_deriving_the_user_id_Then_it_is_stable_and_differs_per_issuer()
    {
        var a = ExternalUsers.UserIdOf("https://login.example.com", "user-1");

        Assert.Equal(a, ExternalUsers.UserIdOf("https://login.example.com", "user-1"));
        Assert.NotEqual(a, ExternalUsers.UserIdOf("https://other.example.com", "user-1"));
        Assert.NotEqual(a, ExternalUsers.UserIdOf("https://login.example.com", "user-2"));
    }
}
