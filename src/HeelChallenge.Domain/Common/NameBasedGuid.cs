using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace HeelChallenge.Domain.Common;

/// <summary>
/// RFC 9562 §5.5 name-based UUIDs (version 5: SHA-1 of namespace + name): the same namespace and name always give the
/// same id. The name may come in parts, hashed as if concatenated; they are encoded straight into one buffer (on the
/// stack for short names, pooled for long ones such as an event's whole JSON) — event ids are made on every append.
/// </summary>
public static class NameBasedGuid
{
    private const int StackBytes = 512;

    public static Guid Create(Guid namespaceId, string name) => Create(namespaceId, [name]);

    public static Guid Create(Guid namespaceId, params ReadOnlySpan<string> nameParts)
    {
        var length = 16;
        foreach (var part in nameParts) length += Encoding.UTF8.GetByteCount(part);

        byte[]? rented = null;
        Span<byte> input = length <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            namespaceId.TryWriteBytes(input, bigEndian: true, out _);
            var written = 16;
            foreach (var part in nameParts) written += Encoding.UTF8.GetBytes(part, input[written..]);

            Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // Version 5 is defined on SHA-1; this is an identifier, not a security measure.
            SHA1.HashData(input[..written], hash);
#pragma warning restore CA5350
            hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC variant
            return new Guid(hash[..16], bigEndian: true);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
