using System.Security.Claims;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Export;

namespace HeelChallenge.Gateway.Me;

/// <summary>The caller's full history as a download.</summary>
public static class ExportApi
{
    public static RouteGroupBuilder MapExportApi(this RouteGroupBuilder me)
    {
        me.MapGet("/export", ExportMine).WithName("ExportMine").WithTags("Export")
            .WithSummary("Your profile, coach consents and every set (voided ones too), as JSON (default) or CSV (?format=csv).");
        return me;
    }

    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportMine(string? format, ClaimsPrincipal user, ExportWriter writer)
    {
        if (!ExportFormats.TryParse(format, out var parsed)) return ExportFormats.Invalid();
        return await writer.CreateAsync(new ExportRequest(user.UserId(), parsed, ForCoach: null));
    }
}
