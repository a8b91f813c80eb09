using HeelChallenge.Domain.Common;

namespace HeelChallenge.Domain.Tests.Common;

public sealed class NamePoolTests
{
    [Fact]
    public void Given_a_name_When_interned_from_a_string_and_from_characters_Then_both_answer_one_instance()
    {
        var pool = new NamePool(8);
        var name = "leg-press";

        var fromString = pool.Intern(new string(name.AsSpan()));
        var fromSpan = pool.Intern(name.AsSpan());

        Assert.Equal(name, fromString);
        Assert.Same(fromString, fromSpan);
        Assert.Same(fromString, SharedNamesOf(pool, "leg-press"));
    }

    [Fact]
    public void Given_a_full_pool_When_a_new_name_is_interned_Then_it_comes_back_equal_but_unshared_and_the_pool_stays_bounded()
    {
        var pool = new NamePool(3);
        foreach (var name in new[] { "a", "b", "c" }) pool.Intern(name);

        var first = pool.Intern(new string("d".AsSpan()));
        var second = pool.Intern("d".AsSpan());

        Assert.Equal("d", first);
        Assert.Equal("d", second);
        Assert.NotSame(first, second);
        Assert.Equal(3, pool.Count);
        Assert.Same(pool.Intern("a"), pool.Intern("a".AsSpan()));
    }

    [Fact]
    public void Given_the_shared_pool_When_a_catalog_name_is_interned_twice_Then_one_instance_answers()
    {
        Assert.Same(SharedNames.Intern(new string("arch-rolls".AsSpan())), SharedNames.Intern("arch-rolls".AsSpan()));
    }

    private static string SharedNamesOf(NamePool pool, string name) => pool.Intern(new string(name.AsSpan()));
}
