using System.Text;
using HeelChallenge.EventStore.Sqlite;

namespace HeelChallenge.EventStore.Tests.Sqlite;

/// <summary>The reader's cache of repeated column values: shared when it can, always the right text.</summary>
public sealed class Utf8StringCacheTests
{
    [Fact]
    public void Given_the_same_bytes_twice_When_read_Then_the_same_string_instance_comes_back()
    {
        var cache = new Utf8StringCache(64);
        var id = "user-" + Guid.NewGuid().ToString("N");

        var first = cache.Get(Encoding.UTF8.GetBytes(id));
        var second = cache.Get(Encoding.UTF8.GetBytes(id));

        Assert.Equal(id, first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Given_more_values_than_slots_When_read_in_turn_Then_each_is_its_own_text()
    {
        // One slot: every value evicts the last, so hash collisions are the normal case here.
        var cache = new Utf8StringCache(1);
        var values = Enumerable.Range(0, 50).Select(i => $"stream-{i}").ToArray();

        foreach (var value in values.Concat(values.Reverse())) Assert.Equal(value, cache.Get(Encoding.UTF8.GetBytes(value)));
    }

    [Fact]
    public void Given_non_ascii_text_When_read_Then_it_decodes_correctly_every_time()
    {
        var cache = new Utf8StringCache(8);
        const string value = "{\"recordedBy\":\"Zoë 🦶\"}";

        Assert.Equal(value, cache.Get(Encoding.UTF8.GetBytes(value)));
        Assert.Equal(value, cache.Get(Encoding.UTF8.GetBytes(value)));
        Assert.Equal("", cache.Get([]));
    }
}
