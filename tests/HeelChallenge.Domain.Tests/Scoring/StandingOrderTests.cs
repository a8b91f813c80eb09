using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Domain.Tests.Scoring;

/// <summary>Clause 7's order: points desc, reachedAt asc with null last, user id ordinal (lower-case "D" string).</summary>
public class StandingOrderTests
{
    private static readonly Guid Low = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid High = Guid.Parse("ffffffff-0000-0000-0000-000000000000");
    private static readonly DateTimeOffset Early = DateTimeOffset.Parse("2026-02-01T08:00:00Z", null);
    private static readonly DateTimeOffset Late = DateTimeOffset.Parse("2026-02-01T09:00:00Z", null);

    public static TheoryData<Standing, Standing> Ordered => new()
    {
        { new(High, 50, Late), new(Low, 40, Early) }, // more points first, whatever else
        { new(High, 50, Early), new(Low, 50, Late) }, // equal points: earlier reachedAt first
        { new(High, 50, Late.ToOffset(TimeSpan.FromHours(5))), new(Low, 50, Late.AddTicks(1)) }, // instants, not local clocks
        { new(Low, 50, Early), new(High, 50, Early) }, // all equal but the user id
        { new(High, 50, Late), new(Low, 50, null) }, // null reachedAt last
        { new(High, 0, null), new(Low, -1, null) },
        { new(Guid.Parse("7fffffff-ffff-ffff-ffff-ffffffffffff"), 5, Early), new(Guid.Parse("80000000-0000-0000-0000-000000000000"), 5, Early) },
        { new(Guid.Parse("00000000-0000-7fff-0000-000000000000"), 5, Early), new(Guid.Parse("00000000-0000-8000-0000-000000000000"), 5, Early) },
        { new(Guid.Parse("00000000-0000-0000-7f00-000000000000"), 5, Early), new(Guid.Parse("00000000-0000-0000-8000-000000000000"), 5, Early) },
    };

    [Theory]
    [MemberData(nameof(Ordered))]
    public void Given_two_standings_When_ordered_Then_clause_7_decides(Standing first, Standing second)
    {
        Assert.True(StandingOrder.Instance.Compare(first, second) < 0);
        Assert.True(StandingOrder.Instance.Compare(second, first) > 0);
        Assert.Equal(0, StandingOrder.Instance.Compare(first, first));
    }

    [Property(MaxTest = 2000)]
    public Property Given_any_two_user_ids_When_compared_Then_the_order_is_that_of_their_lowercase_D_strings()
    {
        var guid = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 16).Select(bytes => new Guid(bytes));
        var pair = Gen.Zip(guid, Gen.OneOf(guid, Gen.Constant(Guid.Empty)));
        return Prop.ForAll(pair.ToArbitrary(), p =>
        {
            var expected = Math.Sign(string.CompareOrdinal(p.Item1.ToString("D"), p.Item2.ToString("D")));
            Assert.Equal(expected, Math.Sign(StandingOrder.CompareUserIds(p.Item1, p.Item2)));
            var (high, low) = StandingOrder.UserIdKey(p.Item1);
            Assert.Equal(p.Item1, StandingOrder.UserIdFromKey(high, low));
        });
    }
}
