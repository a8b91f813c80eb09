namespace HeelChallenge.Domain.Common;

/// <summary>
/// The result of a pure decide function: the events to raise (possibly none, for an idempotent repeat) or the
/// errors that refuse the command. Nothing is raised when there are errors.
/// </summary>
public sealed record Decision<TEvent>(IReadOnlyList<TEvent> Events, IReadOnlyList<DomainError> Errors)
{
    public bool IsRefused => Errors.Count > 0;

    public static Decision<TEvent> Raise(params TEvent[] events) => new(events, []);

    public static Decision<TEvent> Nothing() => new([], []);

    public static Decision<TEvent> Refuse(DomainError error) => new([], [error]);

    public static Decision<TEvent> Refuse(IReadOnlyList<DomainError> errors) => new([], errors);
}
