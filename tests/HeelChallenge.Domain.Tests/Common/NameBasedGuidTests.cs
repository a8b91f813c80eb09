using HeelChallenge.Domain.Common;

namespace HeelChallenge.Domain.Tests.Common;

public sealed class NameBasedGuidTests
{
    private static readonly Guid Dns = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    [Fact]
    public void Given_the_RFC_DNS_namespace_When_naming_python_org_Then_the_published_version_5_uuid()
    {
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), NameBasedGuid.Create(Dns, "python.org"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(200)]
    [InlineData(5_000)] // past the stack buffer: the pooled one, which may be longer than the name
    public void Given_a_name_in_parts_When_hashed_Then_it_equals_the_hash_of_the_whole_name(int repeat)
    {
        var json = "{\"note\":\"" + string.Concat(Enumerable.Repeat("Relevés 👠 ", repeat)) + "\"}";
        string[] parts = ["user-0f3a", ":", "set-logged.v1", ":", json];

        Assert.Equal(NameBasedGuid.Create(Dns, string.Concat(parts)), NameBasedGuid.Create(Dns, parts));
        Assert.NotEqual(NameBasedGuid.Create(Dns, string.Concat(parts)), NameBasedGuid.Create(Dns, json));
    }

    [Fact]
    public void Given_any_name_When_hashed_Then_the_uuid_says_version_5_and_the_RFC_variant()
    {
        var id = NameBasedGuid.Create(Dns, "anything");

        Assert.Equal(5, id.Version);
        Assert.Equal(0b10, id.Variant >> 2);
    }
}
