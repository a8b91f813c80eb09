using System.Text.Json;

namespace HeelChallenge.Domain.Catalog;

/// <summary>The eight exercises, loaded once at start from seeds/exercises.json and validated.</summary>
public sealed class ExerciseCatalog
{
    private readonly Dictionary<string, Exercise> _byId;

    public ExerciseCatalog(IReadOnlyList<Exercise> exercises)
    {
        var errors = CatalogValidator.Validate(exercises);
        if (errors.Count > 0)
        {
            throw new CatalogException("The exercise catalog is invalid: " + string.Join("; ", errors));
        }

        Exercises = exercises;
        _byId = exercises.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Exercise> Exercises { get; }

    public Exercise? Find(string? id) => id is not null && _byId.TryGetValue(id, out var e) ? e : null;

    public static ExerciseCatalog LoadFromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new CatalogException($"The exercise catalog was not found at '{path}'.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Parse(stream);
        }
        catch (JsonException e)
        {
            throw new CatalogException($"The exercise catalog at '{path}' is not valid JSON: {e.Message}", e);
        }
    }

    public static ExerciseCatalog Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<CatalogFile>(json, CatalogFile.JsonOptions)
            ?? throw new CatalogException("The exercise catalog is empty.");
        return new ExerciseCatalog(file.Exercises ?? []);
    }

    /// <summary>The catalog next to the binaries (seeds/ is copied to the output folder), so any working folder works.</summary>
    public static ExerciseCatalog LoadDefault() =>
        LoadFromFile(Path.Combine(AppContext.BaseDirectory, "seeds", "exercises.json"));
}
