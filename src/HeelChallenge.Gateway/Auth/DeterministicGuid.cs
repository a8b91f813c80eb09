using System.Security.Cryptography;
using System.Text;

namespace HeelChallenge.Gateway.Auth;

/// <summary>RFC 9562 name-based UUIDs (version 5, SHA-1): the same namespace and name always give the same id.</summary>
public static class DeterministicGuid
{
    public static Guid Create(Guid namespaceId, string name)
    {
        Span<byte> input = stackalloc byte[16];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[16 + nameBytes.Length];
        input.CopyTo(buffer);
        nameBytes.CopyTo(buffer, 16);

        // SHA-1 is what version 5 prescribes; the id needs stability, not collision resistance against attackers.
#pragma warning disable CA5350
        var hash = SHA1.HashData(buffer);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
