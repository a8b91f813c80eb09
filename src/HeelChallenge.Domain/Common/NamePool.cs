using System.Collections.Concurrent;

namespace HeelChallenge.Domain.Common;

/// <summary>
/// Interns strings up to a fixed number of distinct values (past it, names come back equal but unshared), so what
/// feeds it can never grow it without limit. Thread-safe; looks up characters without allocating a string.
/// </summary>
public sealed class NamePool(int capacity)
{
    private readonly ConcurrentDictionary<string, string> _pool = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock: read it only until the pool is full.
    private volatile bool _full;

    public int Count => _pool.Count;

    public string Intern(ReadOnlySpan<char> name) =>
        _pool.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var shared) ? shared : Add(name.ToString());

    public string Intern(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _pool.TryGetValue(name, out var shared) ? shared : Add(name);
    }

    private string Add(string name)
    {
        if (_full) return name;
        if (_pool.Count < capacity) return _pool.GetOrAdd(name, name);
        _full = true;
        return name;
    }
}
