using System.Runtime.CompilerServices;
using HeelChallenge.Abstractions.Users;

namespace HeelChallenge.Gateway.Export;

/// <summary>
/// Every set of a user, voided ones included, newest performedAt first (the order of GET /api/me/sets), one grain
/// page of <see cref="PageSize"/> at a time, so an export of any size holds one page in memory.
/// </summary>
public static class ExportPages
{
    public const int PageSize = 100;

    public static async IAsyncEnumerable<IReadOnlyList<SetView>> ReadAsync(
        IGrainFactory grains, ExportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var grain = grains.Reference<IUserGrain>(request.UserId);
        string? cursor = null;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A client may revoke in the middle of a long export: the coach's download stops there.
            if (request.ForCoach is { } coachId && await grain.GetCoachAccess(coachId) is null)
                throw new ExportRevokedException(request.UserId);

            var page = await grain.GetSets(new SetQuery(null, null, cursor, PageSize, IncludeVoided: true));
            if (page.Error is { } error) throw new InvalidOperationException(error);
            yield return page.Items;
            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }
}
