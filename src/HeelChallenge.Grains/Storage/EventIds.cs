using HeelChallenge.Domain.Common;

namespace HeelChallenge.Grains.Storage;

/// <summary>
/// Deterministic event ids, so that submitting the same event twice yields the same id and the store keeps one copy.
/// Name-based UUIDs version 5 (RFC 9562 §5.5: SHA-1 of namespace + name).
/// </summary>
public static class EventIds
{
    /// <summary>Namespace of ids derived from an <see cref="Domain.Common.IIdempotentEvent"/>'s key.</summary>
    public static readonly Guid IdempotentNamespace = new("6f0b6d52-3c1e-4f7e-9a55-1d3c8a0e5b21");

    /// <summary>Namespace of ids derived from an event's full content.</summary>
    public static readonly Guid ContentNamespace = new("b5e2f0a4-8d7c-4a61-b0c3-52e9d7a4f816");

    /// <summary>streamId + ":" + idempotency key: at most one such event per stream, ever.</summary>
    public static Guid ForIdempotencyKey(string streamId, string idempotencyKey) =>
        NameBasedGuid.Create(IdempotentNamespace, streamId, ":", idempotencyKey);

    /// <summary>streamId + type + JSON: a re-submission of the very same event object gets the same id.</summary>
    public static Guid ForContent(string streamId, string typeName, string json) =>
        NameBasedGuid.Create(ContentNamespace, streamId, ":", typeName, ":", json);

    public static Guid NameBased(Guid namespaceId, string name) => NameBasedGuid.Create(namespaceId, name);
}
