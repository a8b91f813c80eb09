using HeelChallenge.Domain.Scoring;
using HeelChallenge.Domain.Users;
using static HeelChallenge.Domain.Tests.Scoring.ScoringKit;

namespace HeelChallenge.Domain.Tests.Scoring;

/// <summary>Clauses 5 and 6: +20 for a day on which every slot of the program has <c>sets</c> sets of 10 points.</summary>
public class DayBonusTests
{
    private const string Day = "2026-02-01T";

    private static readonly ScoringRule TwoExercises =
        Rule(Program(Reps("leg-press", 2, 10), Seconds("arch-rolls", 1, 120)));

    private static LoggedSet[] FullDay(string day = Day) =>
    [
        RepsSet("lp1" + day, "leg-press", 10, day + "08:00:00Z"),
        RepsSet("lp2" + day, "leg-press", 12, day + "08:05:00Z"),
        TimedSet("al" + day, "arch-rolls", 120, day + "08:10:00Z", "left"),
        TimedSet("ar" + day, "arch-rolls", 150, day + "08:15:00Z", "right"),
    ];

    [Fact]
    public void Given_every_slot_full_When_scored_Then_the_day_earns_the_bonus()
    {
        var score = Score(TwoExercises, FullDay());

        Assert.Equal(20, score.Days.Single().Bonus);
        Assert.Equal(4 * 10 + 20, score.Points);
    }

    [Theory]
    [InlineData(0, 9)] // a leg press set one rep short
    [InlineData(2, 119)] // the left arch roll one second short
    public void Given_one_slot_short_of_10_When_scored_Then_no_bonus(int index, int amount)
    {
        var sets = FullDay();
        sets[index] = sets[index] with { Reps = sets[index].Reps is null ? null : amount, Seconds = sets[index].Seconds is null ? null : amount };

        var score = Score(TwoExercises, sets);

        Assert.Equal(0, score.Days.Single().Bonus);
        Assert.Equal(39, score.Points);
    }

    [Fact]
    public void Given_a_slot_with_fewer_sets_than_prescribed_When_scored_Then_no_bonus()
    {
        var score = Score(TwoExercises, FullDay()[1..]);

        Assert.Equal(0, score.Days.Single().Bonus);
        Assert.Equal(30, score.Points);
    }

    [Fact]
    public void Given_one_side_missing_When_scored_Then_no_bonus()
    {
        var score = Score(TwoExercises, FullDay()[..3]);

        Assert.Equal(30, score.Points);
    }

    [Fact]
    public void Given_a_program_that_is_a_subset_When_its_slots_are_full_Then_the_bonus_ignores_exercises_outside_it()
    {
        var sets = FullDay().Append(RepsSet("x", "leg-extension", 1, Day + "09:00:00Z")).ToArray();

        var score = Score(TwoExercises, sets);

        Assert.Equal(60, score.Points);
    }

    [Fact]
    public void Given_the_default_program_When_only_part_of_it_is_done_Then_no_bonus()
    {
        var rule = Rule(ChallengeProgram.Default(SeedCatalog));

        var score = Score(rule, FullDay());

        Assert.Equal(0, score.Days.Single().Bonus);
        Assert.Equal(11, score.Days.Single().Slots.Count); // 5 unsided + 3 sided x 2
    }

    [Fact]
    public void Given_the_default_program_When_all_of_it_is_done_Then_the_bonus_comes_on_top_of_every_set()
    {
        var rule = Rule(ChallengeProgram.Default(SeedCatalog));
        var sets = new List<LoggedSet>();
        foreach (var e in SeedCatalog.Exercises)
        {
            foreach (var side in e.Sided ? new string?[] { "left", "right" } : [null])
            {
                for (var i = 0; i < e.Sets; i++)
                    sets.Add(new LoggedSet($"{e.Id}-{side}-{i}", e.Id, side, e.Reps, e.Seconds, null, At(Day + "10:00:00Z").AddMinutes(sets.Count)));
            }
        }

        var score = Score(rule, [.. sets]);

        Assert.Equal(sets.Count * 10 + 20, score.Points);
    }

    [Fact]
    public void Given_two_full_days_and_a_partial_one_When_scored_Then_the_bonus_is_per_day_and_all_days_add_up()
    {
        var partial = RepsSet("p", "leg-press", 10, "2026-02-03T08:00:00Z");

        var score = Score(TwoExercises, [.. FullDay("2026-02-01T"), .. FullDay("2026-02-02T"), partial]);

        Assert.Equal([60, 60, 10], score.Days.Select(d => d.Points));
        Assert.Equal(130, score.Points);
    }
}
