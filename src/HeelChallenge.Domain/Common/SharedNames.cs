namespace HeelChallenge.Domain.Common;

/// <summary>
/// One string instance per catalog name (exercise ids, sides) for everything decoded from the log: a rebuild decodes
/// a million sets and read models keep them, so a fresh copy of "leg-press" per set is memory and GC work for nothing.
/// Bounded (<see cref="NamePool"/>), so a log full of unexpected names cannot grow it without limit.
/// </summary>
public static class SharedNames
{
    public const int Capacity = 1024;

    private static readonly NamePool Pool = new(Capacity);

    public static string Intern(ReadOnlySpan<char> name) => Pool.Intern(name);

    public static string Intern(string name) => Pool.Intern(name);
}
