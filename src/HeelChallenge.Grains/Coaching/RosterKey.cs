using System.Buffers.Text;
using System.Globalization;
using System.Text;
using HeelChallenge.Abstractions.Coaching;

namespace HeelChallenge.Grains.Coaching;

/// <summary>
/// Where a row falls in a roster order: the sort's own value (<see cref="Primary"/>, ascending; 0 for the name order),
/// then the display name (case-insensitive, then ordinal), then the client id. Also the opaque paging cursor.
/// </summary>
public readonly record struct RosterKey(long Primary, string Name, Guid ClientId) : IComparable<RosterKey>
{
    public int CompareTo(RosterKey other)
    {
        var c = Primary.CompareTo(other.Primary);
        if (c == 0) c = StringComparer.OrdinalIgnoreCase.Compare(Name, other.Name);
        if (c == 0) c = string.CompareOrdinal(Name, other.Name);
        return c != 0 ? c : ClientId.CompareTo(other.ClientId);
    }

    public string Encode(RosterSort sort, bool descending) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{Order(sort, descending)}|{Primary}|{ClientId:N}|{Name}")));

    public static bool TryDecode(string cursor, RosterSort sort, bool descending, out RosterKey key)
    {
        key = default;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|', 4);
            if (parts.Length != 4 || parts[0] != Order(sort, descending)
                || !long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var primary)
                || !Guid.TryParseExact(parts[2], "N", out var clientId))
                return false;
            key = new RosterKey(primary, parts[3], clientId);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Order(RosterSort sort, bool descending) =>
        (descending ? "-" : "") + ((int)sort).ToString(CultureInfo.InvariantCulture);

    public static bool operator <(RosterKey left, RosterKey right) => left.CompareTo(right) < 0;

    public static bool operator >(RosterKey left, RosterKey right) => left.CompareTo(right) > 0;

    public static bool operator <=(RosterKey left, RosterKey right) => left.CompareTo(right) <= 0;

    public static bool operator >=(RosterKey left, RosterKey right) => left.CompareTo(right) >= 0;
}
