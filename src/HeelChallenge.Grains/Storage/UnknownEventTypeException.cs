namespace HeelChallenge.Grains.Storage;

/// <summary>A stored event whose type name has neither a class nor an upcaster: the code is older than the data.</summary>
public sealed class UnknownEventTypeException : Exception
{
    public UnknownEventTypeException(string streamId, long streamVersion, string typeName)
        : base($"Stream '{streamId}' holds an event of unknown type '{typeName}' at version {streamVersion}: " +
               "no event class has this alias and no upcaster is registered for it.")
    {
        StreamId = streamId;
        TypeName = typeName;
    }

    public UnknownEventTypeException() { }

    public UnknownEventTypeException(string message) : base(message) { }

    public UnknownEventTypeException(string message, Exception inner) : base(message, inner) { }

    public string? StreamId { get; }

    public string? TypeName { get; }
}
