using System.Buffers.Binary;
using System.Buffers.Text;
using System.Text;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Grains.Users;

/// <summary>The opaque paging cursor: base64url of the last item's performedAt (UTC ticks, 8 bytes big-endian) and set id.</summary>
internal static class SetCursor
{
    public static string Encode(SetKey key)
    {
        var bytes = new byte[8 + Encoding.UTF8.GetByteCount(key.SetId)];
        BinaryPrimitives.WriteInt64BigEndian(bytes, key.PerformedAtTicks);
        Encoding.UTF8.GetBytes(key.SetId, bytes.AsSpan(8));
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryDecode(string cursor, out SetKey key)
    {
        key = default;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            return false;
        }

        if (bytes.Length <= 8) return false;
        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        string setId;
        try
        {
            setId = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 8, bytes.Length - 8);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (ticks < 0 || ticks > DateTime.MaxValue.Ticks || SetRules.ValidateSetId(setId) is not null) return false;
        key = new SetKey(ticks, setId);
        return true;
    }
}
