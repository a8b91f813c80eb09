using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Scoring;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Challenges;

/// <summary>
/// Turns a create request into a command and checks it with the rules the grain applies, so nothing invalid travels
/// to a grain (which checks again: it is the authority). Errors name the JSON field, e.g. <c>program[1].reps</c>.
/// </summary>
public static class ChallengeRequestValidation
{
    public static CreateChallenge? ToCommand(CreateChallengeRequest request, Guid ownerId, ExerciseCatalog catalog, DateTimeOffset now, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(request.Name)) errors.Add("name", "name is required.");
        if (request.TimeZone is null) errors.Add("timeZone", "timeZone is required: an IANA time zone such as 'Europe/Paris'.");
        if (request.Visibility is null) errors.Add("visibility", "visibility is required: 'public' or 'private'.");

        var command = new CreateChallenge(ownerId, request.Name, request.Description, ToProgram(request.Program, errors),
            request.StartsAt, request.EndsAt, request.TimeZone, request.Visibility, request.Capacity);
        errors.AddNew(ChallengeRules.Validate(command, catalog, now));
        return errors.Any ? null : command;
    }

    // Missing members get their own message; the domain rules then report everything else about the item.
    private static List<ProgramItem?>? ToProgram(IReadOnlyList<ProgramItemRequest?>? items, FieldErrors errors)
    {
        if (items is null) return null;
        var program = new List<ProgramItem?>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                program.Add(null);
                continue;
            }

            if (string.IsNullOrWhiteSpace(item.ExerciseId)) errors.Add($"program[{i}].exerciseId", "exerciseId is required.");
            if (item.Sets is null) errors.Add($"program[{i}].sets", "sets is required.");
            program.Add(new ProgramItem(item.ExerciseId ?? "", item.Sets ?? 0, item.Reps, item.Seconds));
        }

        return program;
    }
}
