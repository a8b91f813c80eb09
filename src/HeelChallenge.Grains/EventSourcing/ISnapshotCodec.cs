using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.EventSourcing;

/// <summary>How a grain's state becomes snapshot bytes and back; a snapshot that cannot be read is refused with a reason.</summary>
public interface ISnapshotCodec<TState>
    where TState : class
{
    byte[] Serialize(TState state, int schema);

    bool TryDeserialize(byte[] data, int schema, out TState? state, out string? problem);
}

/// <summary>The general codec: <see cref="StateSnapshots"/> JSON, for states that stay small.</summary>
public sealed class JsonSnapshotCodec<TState> : ISnapshotCodec<TState>
    where TState : class
{
    public static readonly JsonSnapshotCodec<TState> Instance = new();

    private JsonSnapshotCodec() { }

    public byte[] Serialize(TState state, int schema) => StateSnapshots.Serialize(state, schema);

    public bool TryDeserialize(byte[] data, int schema, out TState? state, out string? problem) =>
        StateSnapshots.TryDeserialize(data, schema, out state, out problem);
}
