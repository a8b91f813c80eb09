using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Scoring;
using static HeelChallenge.Domain.Tests.Challenges.ChallengeKit;

namespace HeelChallenge.Domain.Tests.Challenges;

public class ChallengeCreateTests
{
    [Fact]
    public void Given_no_challenge_When_created_without_a_program_Then_the_definition_has_the_default_program_and_the_owner_joins()
    {
        var decision = ChallengeDecider.Create(new ChallengeState(), ChallengeId, Definition(capacity: 10), Code, "Ada", SeedCatalog, Now);

        Assert.Empty(decision.Errors);
        Assert.Collection(decision.Events,
            e =>
            {
                var created = Assert.IsType<ChallengeCreated>(e);
                Assert.Equal((ChallengeId, Owner, "Heels by June", "Daily drills", Code, 10, "private"),
                    (created.ChallengeId, created.OwnerId, created.Name, created.Description, created.InviteCode, created.Capacity, created.Visibility));
                Assert.Equal(ChallengeProgram.Default(SeedCatalog).Items, created.Program);
            },
            e => Assert.Equal(new ParticipantJoined(Owner, "Ada", Now), e));
    }

    [Fact]
    public void Given_a_created_challenge_When_folded_Then_the_owner_is_its_first_participant_and_it_is_active()
    {
        var state = Created(capacity: 3);

        Assert.Equal(("Owner", ChallengeStatus.Active, 3), (state.Participants[Owner], state.StatusAt(Now), state.Capacity));
        Assert.Equal(ChallengeStatus.Finished, state.StatusAt(state.EndsAt));
    }

    [Theory]
    [InlineData("pogo-stick", 3, 10, null, "program[1].exerciseId")]
    [InlineData("leg-extension", 0, 10, null, "program[1].sets")]
    [InlineData("arch-rolls", 1, 10, null, "program[1].reps")] // reps on a timed exercise
    [InlineData("leg-extension", 3, null, null, "program[1].reps")]
    public void Given_a_bad_program_item_When_created_Then_refused_naming_its_field(string exerciseId, int sets, int? reps, int? seconds, string field)
    {
        ProgramItem?[] program = [new("leg-press", 4, 10, null), new(exerciseId, sets, reps, seconds)];

        var error = Refusal(ChallengeDecider.Create(new ChallengeState(), ChallengeId, Definition(program: program), Code, "Ada", SeedCatalog, Now));

        Assert.Equal((ErrorKind.Validation, field), (error.Kind, error.Field));
    }

    public static TheoryData<string, Func<CreateChallenge, CreateChallenge>> BadDefinitions => new()
    {
        { "endsAt", c => c with { EndsAt = c.StartsAt } }, // empty window
        { "endsAt", c => c with { EndsAt = c.StartsAt!.Value.AddHours(-1) } }, // inverted
        { "endsAt", c => c with { StartsAt = Now.AddDays(-10), EndsAt = Now.AddDays(-1) } }, // over before it starts
        { "endsAt", c => c with { EndsAt = c.StartsAt!.Value.AddDays(367) } },
        { "startsAt", c => c with { StartsAt = null } },
        { "timeZone", c => c with { TimeZone = "Mars/Olympus_Mons" } },
        { "timeZone", c => c with { TimeZone = "Pacific Standard Time" } }, // a Windows name, not IANA
        { "visibility", c => c with { Visibility = "Public" } },
        { "capacity", c => c with { Capacity = 0 } },
        { "name", c => c with { Name = "  " } },
        { "description", c => c with { Description = new string('x', ChallengeDecider.MaxDescriptionLength + 1) } },
        { "program", c => c with { Program = [] } },
    };

    [Theory]
    [MemberData(nameof(BadDefinitions))]
    public void Given_a_bad_definition_When_created_Then_refused_naming_the_field(string field, Func<CreateChallenge, CreateChallenge> spoil)
    {
        var error = Refusal(ChallengeDecider.Create(new ChallengeState(), ChallengeId, spoil(Definition()), Code, "Ada", SeedCatalog, Now));

        Assert.Equal((ErrorKind.Validation, field), (error.Kind, error.Field));
    }

    [Fact]
    public void Given_a_definition_with_several_problems_When_created_Then_every_field_is_named()
    {
        var bad = Definition() with { Name = null, TimeZone = null, EndsAt = Now.AddDays(-2), Capacity = -1 };

        var decision = ChallengeDecider.Create(new ChallengeState(), ChallengeId, bad, Code, "Ada", SeedCatalog, Now);

        Assert.Equal(["capacity", "endsAt", "name", "timeZone"], decision.Errors.Select(e => e.Field).Order());
    }

    [Fact]
    public void Given_an_existing_challenge_When_the_same_owner_creates_it_again_Then_nothing_happens()
    {
        var decision = ChallengeDecider.Create(Created(), ChallengeId, Definition(), "ZZZZ9999", "Ada", SeedCatalog, Now);

        Assert.Equal((0, 0), (decision.Events.Count, decision.Errors.Count));
    }

    [Fact]
    public void Given_an_existing_challenge_When_someone_else_creates_it_Then_conflict()
    {
        var other = Definition() with { OwnerId = Guid.NewGuid() };

        var error = Refusal(ChallengeDecider.Create(Created(), ChallengeId, other, Code, "Bob", SeedCatalog, Now));

        Assert.Equal((ErrorKind.Conflict, "challengeId"), (error.Kind, error.Field));
    }
}
