using System.Text.Json;
using System.Text.Json.Serialization;

namespace HeelChallenge.Domain.Catalog;

/// <summary>The shape of seeds/exercises.json.</summary>
internal sealed record CatalogFile(int CatalogVersion, string? Source, IReadOnlyList<string>? Notes, IReadOnlyList<Exercise>? Exercises)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };
}
