using HeelChallenge.Domain.Catalog;
using HeelChallenge.Gateway.Me;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Tests.Me;

public sealed class SetRequestValidationTests
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.LoadDefault();
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Given_a_valid_request_When_turned_into_a_set_Then_it_holds_the_catalogs_exercise_id_and_the_literal_side_not_the_requests_copies()
    {
        // Strings built at run time, as a JSON reader builds them: equal to the names, never the same instances.
        var exerciseId = string.Concat("ankle-", "alphabet");
        var side = string.Concat("le", "ft");
        var request = new LogSetRequest("set-1", exerciseId, Now.AddMinutes(-1), side, Reps: 26);

        var set = SetRequestValidation.ToLoggedSet(request, request.SetId, Catalog, Now, new FieldErrors());

        Assert.NotNull(set);
        Assert.Same(Catalog.Find("ankle-alphabet")!.Id, set.ExerciseId);
        Assert.Same("left", set.Side);
        Assert.NotSame(exerciseId, set.ExerciseId);
    }

    [Fact]
    public void Given_an_unknown_exercise_When_turned_into_a_set_Then_the_error_names_exerciseId_and_no_set_comes_back()
    {
        var errors = new FieldErrors();
        var request = new LogSetRequest("set-1", "moonwalk", Now, Reps: 10);

        Assert.Null(SetRequestValidation.ToLoggedSet(request, request.SetId, Catalog, Now, errors));
        Assert.True(errors.Has("exerciseId"));
    }
}
