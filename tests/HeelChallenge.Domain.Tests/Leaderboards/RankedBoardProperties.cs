using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HeelChallenge.Domain.Leaderboards;

namespace HeelChallenge.Domain.Tests.Leaderboards;

/// <summary>The board against <see cref="BoardModel"/> for random sequences of set / remove / rank / top / around.</summary>
public class RankedBoardProperties
{
    // Few users, few point values and few instants: ties on points and reachedAt are the common case.
    private static readonly Guid[] Users = Enumerable.Range(0, 24).Select(i =>
    {
        var bytes = new byte[16];
        new Random(i).NextBytes(bytes);
        return new Guid(bytes);
    }).ToArray();

    private static readonly DateTimeOffset?[] Instants =
    [
        null,
        DateTimeOffset.Parse("2026-02-01T08:00:00Z", null),
        DateTimeOffset.Parse("2026-02-01T09:00:00+01:00", null), // the same instant, another offset
        DateTimeOffset.Parse("2026-02-01T08:00:00.0000001Z", null),
        DateTimeOffset.Parse("2026-02-03T12:00:00Z", null),
    ];

    public sealed record Step(string Kind, int User, int Points, int Instant, int Before, int After)
    {
        public override string ToString() => $"{Kind} u{User} p{Points} t{Instant} b{Before} a{After}";
    }

    private static Arbitrary<Step[]> Steps =>
        Gen.ArrayOf(
            from kind in Gen.Frequency((6, Gen.Constant("set")), (2, Gen.Constant("remove")), (2, Gen.Constant("query")))
            from user in Gen.Choose(0, Users.Length - 1)
            from points in Gen.Choose(0, 4)
            from instant in Gen.Choose(0, Instants.Length - 1)
            from before in Gen.Choose(0, 6)
            from after in Gen.Choose(0, 6)
            select new Step(kind, user, points, instant, before, after)).ToArbitrary();

    [Property(MaxTest = 500, EndSize = 200)]
    public Property Given_random_operations_When_applied_to_board_and_sorted_model_Then_they_always_agree() =>
        Prop.ForAll(Steps, steps =>
        {
            var board = new RankedBoard(capacity: 2);
            var model = new BoardModel();
            foreach (var step in steps)
            {
                var user = Users[step.User];
                switch (step.Kind)
                {
                    case "set":
                        model.Set(user, step.Points, Instants[step.Instant]);
                        Assert.Equal(model.RankOf(user), board.Set(user, step.Points, Instants[step.Instant]));
                        break;
                    case "remove":
                        Assert.Equal(model.Remove(user), board.Remove(user));
                        break;
                    default:
                        Assert.Equal(model.RankOf(user), board.RankOf(user));
                        Assert.Equal(model.Range(1, step.Before + step.After), board.Top(step.Before + step.After));
                        Assert.Equal(model.Around(user, step.Before, step.After), board.Around(user, step.Before, step.After));
                        Assert.Equal(model.Range(step.Before + 1, step.After), board.Range(step.Before + 1, step.After));
                        break;
                }

                Assert.Equal(model.Count, board.Count);
                Assert.Equal(model.All(), board.Range(1, board.Count));
            }
        });
}
