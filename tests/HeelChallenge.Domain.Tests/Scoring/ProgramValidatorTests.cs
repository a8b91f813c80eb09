using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Scoring;
using static HeelChallenge.Domain.Tests.Scoring.ScoringKit;

namespace HeelChallenge.Domain.Tests.Scoring;

public class ProgramValidatorTests
{
    [Fact]
    public void Given_the_default_program_When_validated_Then_it_is_valid_and_matches_the_catalog()
    {
        var program = ChallengeProgram.Default(SeedCatalog);

        Assert.Empty(ProgramValidator.Validate(program.Items, SeedCatalog));
        Assert.Equal(SeedCatalog.Exercises.Select(e => e.Id), program.Items.Select(i => i.ExerciseId));
        Assert.Contains(new ProgramItem("leg-press", 4, 10, null), program.Items);
        Assert.Contains(new ProgramItem("arch-rolls", 1, null, 120), program.Items);
        Assert.Equal(ChallengeProgram.Default(SeedCatalog), program); // equality is by content
    }

    [Theory]
    [InlineData("pogo-stick", 3, 10, null, "program[1].exerciseId")]
    [InlineData("leg-extension", 0, 10, null, "program[1].sets")]
    [InlineData("leg-extension", 21, 10, null, "program[1].sets")]
    [InlineData("arch-rolls", 1, 10, null, "program[1].reps")] // reps on a timed exercise
    [InlineData("leg-extension", 3, null, 60, "program[1].seconds")] // seconds on a reps exercise
    [InlineData("leg-extension", 3, null, null, "program[1].reps")] // missing amount
    [InlineData("arch-rolls", 1, null, null, "program[1].seconds")]
    [InlineData("leg-extension", 3, 0, null, "program[1].reps")]
    [InlineData("leg-extension", 3, 1001, null, "program[1].reps")]
    [InlineData("arch-rolls", 1, null, 0, "program[1].seconds")]
    [InlineData("arch-rolls", 1, null, 7201, "program[1].seconds")]
    [InlineData("leg-press", 3, 10, null, "program[1].exerciseId")] // duplicate of item 0
    public void Given_a_bad_item_When_validated_Then_the_error_names_its_field(
        string exerciseId, int sets, int? reps, int? seconds, string field)
    {
        ProgramItem[] items = [Reps("leg-press", 4, 10), new(exerciseId, sets, reps, seconds)];

        var errors = ProgramValidator.Validate(items, SeedCatalog);

        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.Equal(ErrorKind.Validation, error.Kind);
    }

    [Theory]
    [InlineData("leg-extension", 1, 1, null)]
    [InlineData("leg-extension", 20, 1000, null)]
    [InlineData("arch-rolls", 1, null, 1)]
    [InlineData("arch-rolls", 20, null, 7200)]
    public void Given_amounts_at_the_limits_When_validated_Then_they_are_accepted(string exerciseId, int sets, int? reps, int? seconds)
    {
        Assert.Empty(ProgramValidator.Validate([new ProgramItem(exerciseId, sets, reps, seconds)], SeedCatalog));
    }

    [Fact]
    public void Given_several_problems_When_validated_Then_all_are_reported()
    {
        ProgramItem[] items = [new("leg-press", 0, null, 5), new("nope", 3, 10, null), new("leg-extension", 3, 0, 5)];

        var fields = ProgramValidator.Validate(items, SeedCatalog).Select(e => e.Field);

        Assert.Equal(["program[0].sets", "program[0].seconds", "program[1].exerciseId", "program[2].seconds", "program[2].reps"], fields);
    }

    [Fact]
    public void Given_an_empty_or_missing_program_When_validated_Then_the_program_field_is_named()
    {
        Assert.Equal("program", Assert.Single(ProgramValidator.Validate([], SeedCatalog)).Field);
        Assert.Equal("program", Assert.Single(ProgramValidator.Validate(null, SeedCatalog)).Field);
        Assert.Equal("program[0]", Assert.Single(ProgramValidator.Validate([null], SeedCatalog)).Field);
    }

    [Fact]
    public void Given_an_invalid_definition_When_creating_a_rule_Then_it_is_refused()
    {
        var program = Program(Reps("leg-press", 4, 10));

        Assert.Throws<ArgumentException>(() => ScoringRule.Create(Program(Reps("leg-press", 0, 10)), SeedCatalog, Start, End, "UTC"));
        Assert.Throws<ArgumentException>(() => ScoringRule.Create(program, SeedCatalog, End, Start, "UTC"));
        Assert.Throws<ArgumentException>(() => ScoringRule.Create(program, SeedCatalog, Start, Start, "UTC"));
        Assert.Throws<ArgumentException>(() => ScoringRule.Create(program, SeedCatalog, Start, End, "Mars/Olympus"));
        Assert.Equal(1, ScoringRule.Create(program, SeedCatalog, Start, End, "Europe/Berlin").SlotsPerDay);
    }
}
