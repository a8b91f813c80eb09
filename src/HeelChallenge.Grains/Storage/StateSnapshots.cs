using System.Text.Json;
using System.Text.Json.Serialization;

namespace HeelChallenge.Grains.Storage;

/// <summary>
/// Snapshot bytes: UTF-8 JSON <c>{"schema": n, "state": {...}}</c>. A snapshot of another schema (the state class
/// changed shape) or one that does not parse is ignored and the stream is replayed from its first event, so a
/// snapshot is only ever a shortcut, never the truth.
/// </summary>
public static class StateSnapshots
{
    public static byte[] Serialize<TState>(TState state, int schema) =>
        JsonSerializer.SerializeToUtf8Bytes(new Envelope<TState>(schema, state), EventJson.Options);

    public static bool TryDeserialize<TState>(byte[] data, int schema, out TState? state, out string? problem)
    {
        state = default;
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope<TState>>(data, EventJson.Options);
            problem = envelope is null || envelope.State is null ? "the snapshot is empty"
                : envelope.Schema != schema ? $"the snapshot has schema {envelope.Schema}, the code expects {schema}"
                : null;
            if (problem is null) state = envelope!.State;
        }
        catch (JsonException e)
        {
            problem = "the snapshot is not valid JSON: " + e.Message;
        }

        return problem is null;
    }

    private sealed record Envelope<TState>(
        [property: JsonPropertyName("schema")] int Schema,
        [property: JsonPropertyName("state")] TState State);
}
