using System.Text.Json;

namespace HeelChallenge.Host.Seeding;

/// <summary>seeds/demo.json: demo accounts, one challenge, one coach and the figures the demo history is drawn from.</summary>
public sealed record DemoData(string Password, int HistoryDays, IReadOnlyList<DemoUser> Users, DemoChallenge Challenge, DemoCoaching Coaching)
{
    public const string FileName = "demo.json";

    public static DemoData Load(string path)
    {
        using var stream = File.OpenRead(path);
        var data = JsonSerializer.Deserialize<DemoData>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{path} holds JSON null.");
        var names = data.Users.Select(u => u.Username).ToHashSet(StringComparer.Ordinal);
        var unknown = data.Challenge.Members.Append(data.Challenge.Owner).Concat(data.Coaching.Clients).Append(data.Coaching.Coach)
            .FirstOrDefault(n => !names.Contains(n));
        return unknown is null ? data : throw new InvalidDataException($"{path} names '{unknown}', who is not one of its users.");
    }

    public DemoUser User(string username) => Users.Single(u => u.Username == username);
}

/// <summary>A demo account; <see cref="Adherence"/> is the share of days (and of sets on those days) it logs.</summary>
public sealed record DemoUser(string Username, string DisplayName, string TimeZone, double Adherence);

public sealed record DemoChallenge(
    string Owner, string Name, string Description, string Visibility, string TimeZone, int StartsDaysAgo, int LengthDays, IReadOnlyList<string> Members);

public sealed record DemoCoaching(string Coach, IReadOnlyList<string> Clients);
