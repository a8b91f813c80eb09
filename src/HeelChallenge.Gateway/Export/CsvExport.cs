using System.Globalization;
using System.Text;
using HeelChallenge.Abstractions.Users;

namespace HeelChallenge.Gateway.Export;

/// <summary>
/// RFC 4180: a header row, one row per set, CRLF line ends, fields quoted (quotes doubled) only when they hold a comma,
/// a quote, CR or LF. Empty field = no value. Instants as in the JSON API (ISO 8601 with the offset they were given).
/// </summary>
public static class CsvExport
{
    public const string Header = "setId,exerciseId,side,reps,seconds,loadKg,performedAt,loggedAt,correctedAt,voided";

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<IReadOnlyList<SetView>> pages)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        var rows = new StringBuilder(Header).Append("\r\n");
        await foreach (var page in pages)
        {
            foreach (var set in page) AppendRow(rows, set);
            // Written asynchronously one page at a time: the server never holds more than a page, nor writes synchronously.
            await writer.WriteAsync(rows);
            await writer.FlushAsync();
            rows.Clear();
        }

        if (rows.Length > 0) await writer.WriteAsync(rows);
    }

    public static void AppendRow(StringBuilder row, SetView set)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(set);
        Field(row, set.SetId).Append(',');
        Field(row, set.ExerciseId).Append(',');
        Field(row, set.Side).Append(',');
        Field(row, set.Reps?.ToString(CultureInfo.InvariantCulture)).Append(',');
        Field(row, set.Seconds?.ToString(CultureInfo.InvariantCulture)).Append(',');
        Field(row, set.LoadKg?.ToString(CultureInfo.InvariantCulture)).Append(',');
        Field(row, Instant(set.PerformedAt)).Append(',');
        Field(row, Instant(set.LoggedAt)).Append(',');
        Field(row, set.CorrectedAt is { } corrected ? Instant(corrected) : null).Append(',');
        Field(row, set.Voided ? "true" : "false").Append("\r\n");
    }

    public static StringBuilder Field(StringBuilder row, string? value)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (string.IsNullOrEmpty(value)) return row;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) return row.Append(value);
        return row.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>The shape System.Text.Json writes: fraction only when there is one, the offset as ±hh:mm.</summary>
    public static string Instant(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
