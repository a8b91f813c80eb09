using System.Security.Cryptography;
using System.Text.Json;
using HeelChallenge.Domain.Catalog;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace HeelChallenge.Gateway.Exercises;

/// <summary>The catalog response, built once: it only changes with a new deployment, so it carries a strong ETag.</summary>
public sealed class CatalogDocument
{
    public CatalogDocument(ExerciseCatalog catalog, IOptions<JsonOptions> json)
    {
        Exercises = catalog.Exercises.Select(ExerciseResponse.From).ToList();
        var bytes = JsonSerializer.SerializeToUtf8Bytes(Exercises, json.Value.SerializerOptions);
        ETag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12)) + "\"";
    }

    public IReadOnlyList<ExerciseResponse> Exercises { get; }

    public string ETag { get; }
}
