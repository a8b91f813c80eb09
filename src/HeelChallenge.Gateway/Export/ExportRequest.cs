namespace HeelChallenge.Gateway.Export;

/// <summary>Whose history, in which format, and for whom: the user themselves, or a coach (<see cref="ForCoach"/>),
/// whose consent is checked again on every page and who gets neither the username nor the consent history.</summary>
public sealed record ExportRequest(Guid UserId, ExportFormat Format, Guid? ForCoach);
