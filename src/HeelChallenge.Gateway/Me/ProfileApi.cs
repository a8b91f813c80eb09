using System.Security.Claims;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Me;

/// <summary>The caller's profile and the per-exercise summary of what they did.</summary>
public static class ProfileApi
{
    public static RouteGroupBuilder MapProfileApi(this RouteGroupBuilder me)
    {
        me.MapGet("", GetProfile).WithName("GetProfile").WithSummary("The caller's profile.");
        me.MapPatch("", ChangeProfile).WithName("ChangeProfile").WithSummary("Change display name and/or time zone.");
        me.MapGet("/summary", GetSummary).WithName("GetSummary")
            .WithSummary("Per exercise (and side): sets, total reps or seconds, best load, active days, last performed.");
        return me;
    }

    public static async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> GetProfile(ClaimsPrincipal user, UserGrains users)
    {
        var profile = await users.Of(user).GetProfile();
        return profile is null ? NoProfile() : TypedResults.Ok(ProfileResponse.From(profile));
    }

    public static async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> ChangeProfile(
        ChangeProfileRequest request, ClaimsPrincipal user, UserGrains users)
    {
        var errors = new FieldErrors();
        if (request.DisplayName is not null && (request.DisplayName.Trim().Length is 0 or > UserDecider.MaxDisplayNameLength))
            errors.Add("displayName", $"displayName must be 1..{UserDecider.MaxDisplayNameLength} characters.");
        if (request.TimeZone is not null && !TimeZones.IsValid(request.TimeZone))
            errors.Add("timeZone", $"'{request.TimeZone}' is not an IANA time zone (e.g. 'Europe/Paris').");
        if (errors.Any) return ApiProblems.Validation(errors);

        var grain = users.Of(user);
        var result = await grain.ChangeProfile(new ChangeProfile(request.DisplayName, request.TimeZone));
        if (!result.IsAccepted) return ApiProblems.FromDomain(result.Errors);
        var profile = await grain.GetProfile();
        return profile is null ? NoProfile() : TypedResults.Ok(ProfileResponse.From(profile));
    }

    public static async Task<Results<Ok<SummaryResponse>, ProblemHttpResult>> GetSummary(ClaimsPrincipal user, UserGrains users)
    {
        var summary = await users.Of(user).GetSummary();
        return TypedResults.Ok(new SummaryResponse(summary.Select(ExerciseSummaryResponse.From).ToList()));
    }

    private static ProblemHttpResult NoProfile() => ApiProblems.NotFound("user", "This user has no profile.");
}
