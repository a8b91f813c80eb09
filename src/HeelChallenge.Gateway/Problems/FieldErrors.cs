using HeelChallenge.Domain.Common;

namespace HeelChallenge.Gateway.Problems;

/// <summary>Validation messages collected per JSON field, in the shape of RFC 9457 "errors".</summary>
public sealed class FieldErrors
{
    // Made on the first error: every valid request creates a FieldErrors and most never add one.
    private Dictionary<string, List<string>>? _errors;

    public bool Any => _errors is { Count: > 0 };

    public bool Has(string field) => _errors?.ContainsKey(field) == true;

    public FieldErrors Add(string field, string message)
    {
        _errors ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    /// <summary>Adds domain errors for fields not reported yet (the gateway's own message for a field wins).</summary>
    public FieldErrors AddNew(IEnumerable<DomainError> errors)
    {
        foreach (var error in errors.Where(e => !Has(e.Field)))
        {
            Add(error.Field, error.Detail);
        }

        return this;
    }

    public Dictionary<string, string[]> ToDictionary() =>
        (_errors ?? []).ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public string Summary() => string.Join(" ", (_errors ?? []).Values.SelectMany(m => m));
}
