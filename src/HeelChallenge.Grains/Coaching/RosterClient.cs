namespace HeelChallenge.Grains.Coaching;

/// <summary>
/// A coach's knowledge of one client's consent: the latest period (opened with <see cref="InviteCode"/> at
/// <see cref="Since"/>) and whether it is still current. <see cref="Position"/> is the log position of the last
/// projected consent event reflected (a revocation heard from the client's grain first does not move it).
/// </summary>
public sealed record RosterClient(DateTimeOffset Since, string InviteCode, long Position, bool Current);
