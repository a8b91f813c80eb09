using HeelChallenge.Abstractions.Users;
using HeelChallenge.Gateway.Problems;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace HeelChallenge.Gateway.Export;

/// <summary>
/// Streams a user's full history as an attachment. What can refuse (no such user) is settled before the first byte;
/// the sets are then read and written one grain page at a time, so memory does not grow with the history.
/// </summary>
public sealed class ExportWriter(IGrainFactory grains, TimeProvider time, IOptions<JsonOptions> json)
{
    public async Task<Results<PushStreamHttpResult, ProblemHttpResult>> CreateAsync(ExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = grains.Reference<IUserGrain>(request.UserId);
        if (await user.GetProfile() is not { } profile) return ApiProblems.NotFound("user", "This user has no profile.");

        var now = time.GetUtcNow();
        var fileName = $"heelchallenge-{request.UserId:N}-{now:yyyyMMdd}.{ExportFormats.Extension(request.Format)}";
        var pages = ExportPages.ReadAsync(grains, request);
        if (request.Format == ExportFormat.Csv)
            return TypedResults.Stream(body => CsvExport.WriteAsync(body, pages), ExportFormats.ContentType(request.Format), fileName);

        var header = new ExportHeader(now,
            new ExportProfile(profile.UserId, request.ForCoach is null ? profile.Username : null, profile.DisplayName, profile.TimeZone, profile.RegisteredAt),
            request.ForCoach is null ? await ConsentsOf(user) : null);
        return TypedResults.Stream(body => JsonExport.WriteAsync(body, header, pages, json.Value.SerializerOptions),
            ExportFormats.ContentType(request.Format), fileName);
    }

    private async Task<IReadOnlyList<ExportConsent>> ConsentsOf(IUserGrain user)
    {
        var consents = await user.GetCoachConsents();
        var names = new Dictionary<Guid, string?>();
        foreach (var coachId in consents.Select(c => c.CoachId).Distinct())
            names[coachId] = (await grains.Reference<IUserGrain>(coachId).GetProfile())?.DisplayName;
        return consents.Select(c => new ExportConsent(c.CoachId, names[c.CoachId], c.GrantedAt, c.RevokedAt)).ToList();
    }
}
