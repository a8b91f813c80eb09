using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Export;

/// <summary>?format=json|csv (case-insensitive; json when left out).</summary>
public static class ExportFormats
{
    public static bool TryParse(string? text, out ExportFormat format)
    {
        format = ExportFormat.Json;
        if (text is null || text.Equals("json", StringComparison.OrdinalIgnoreCase)) return true;
        if (!text.Equals("csv", StringComparison.OrdinalIgnoreCase)) return false;
        format = ExportFormat.Csv;
        return true;
    }

    public static ProblemHttpResult Invalid() => ApiProblems.Validation("format", "format must be 'json' or 'csv'.");

    public static string ContentType(ExportFormat format) =>
        format == ExportFormat.Csv ? "text/csv; charset=utf-8; header=present" : "application/json; charset=utf-8";

    public static string Extension(ExportFormat format) => format == ExportFormat.Csv ? "csv" : "json";
}
