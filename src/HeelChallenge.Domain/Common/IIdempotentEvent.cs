namespace HeelChallenge.Domain.Common;

/// <summary>
/// An event that may exist at most once per stream. Its stored event id is derived from the stream and this key,
/// so the event store refuses a second copy even if two writers race. Other events get an id from their content.
/// </summary>
public interface IIdempotentEvent
{
    string IdempotencyKey { get; }
}
