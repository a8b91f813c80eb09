using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Abstractions.Projections;
using HeelChallenge.Domain.Progress;

namespace HeelChallenge.Abstractions.Progress;

/// <summary>
/// One user's progress (key = user id), a read model of the "progress" projection, fed with every event of the user's
/// stream. It answers without checking who asks: a coach's caller checks the client's consent first
/// (<see cref="Users.IUserGrain.GetCoachAccess"/>).
/// </summary>
[Alias("progress")]
public interface IProgressGrain : IProjectionReadModel, IGrainWithGuidKey
{
    /// <summary>The report at this instant; null while the projection knows no registration of this user.</summary>
    [Alias("get-report"), ReadOnly]
    Task<ProgressReport?> GetReport(int days, int inactiveAfterDays);

    /// <summary>
    /// The user's row data for their coaches' rosters (null before registration). Interleaves with everything, because
    /// a roster asks for it while this grain may be waiting on that roster.
    /// </summary>
    [Alias("get-roster-entry"), AlwaysInterleave]
    Task<RosterEntry?> GetRosterEntry();
}
