using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using HeelChallenge.Domain.Catalog;

namespace HeelChallenge.Host.Seeding;

/// <summary>
/// The <c>seed</c> verb: loads seeds/demo.json into a running service through its public API (so it works the same
/// against one host or a cluster), printing progress. Accounts that exist are signed in, the challenge is found by
/// name, coaching is only granted once, and set ids are fixed: a second run adds nothing.
/// </summary>
public static class SeedCommand
{
    // Under the per-user limit (100 sets/s with a burst of 200), so a seeding run never waits on 429s.
    private static readonly TimeSpan PerUserPacing = TimeSpan.FromMilliseconds(12);

    public static async Task<int> RunAsync(string[] args)
    {
        var url = Option(args, "--url") ?? "http://localhost:5000";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseAddress) || baseAddress.Scheme is not ("http" or "https"))
        {
            Console.Error.WriteLine($"seed: --url '{url}' is not an http(s) address, e.g. http://localhost:5000");
            return CommandLine.UsageExitCode;
        }

        var started = Stopwatch.StartNew();
        try
        {
            var demo = DemoData.Load(Path.Combine(AppContext.BaseDirectory, "seeds", DemoData.FileName));
            var catalog = ExerciseCatalog.LoadDefault();
            using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
            var api = new DemoApi(http);

            var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var user in demo.Users)
            {
                tokens[user.Username] = await api.SignUpOrInAsync(user, demo.Password);
                Console.Write($"\rseed: accounts {tokens.Count}/{demo.Users.Count}");
            }

            Console.WriteLine();
            var (challengeId, inviteCode) = await EnsureChallengeAsync(api, demo, tokens);
            Console.WriteLine($"seed: challenge '{demo.Challenge.Name}' ({challengeId}), invite code {inviteCode}, {demo.Challenge.Members.Count + 1} participants");
            var coached = await EnsureCoachingAsync(api, demo, tokens);
            Console.WriteLine($"seed: {demo.Coaching.Coach} coaches {string.Join(", ", demo.Coaching.Clients)} ({coached} new)");
            var (total, added) = await LogHistoryAsync(api, demo, catalog, tokens);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seed done: {demo.Users.Count} accounts, 1 challenge, {demo.Coaching.Clients.Count} coached clients, {total:N0} sets ({added:N0} new) in {started.Elapsed.TotalSeconds:0.0} s. Sign in at {url} as {demo.Challenge.Owner} / {demo.Password}"));
            return 0;
        }
        catch (HttpRequestException e)
        {
            Console.Error.WriteLine($"\nseed: cannot reach {url} ({e.Message}). Start the service first: dotnet run --project src/HeelChallenge.Host");
            return 1;
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or IOException or JsonException or TaskCanceledException
                                       or KeyNotFoundException or TimeZoneNotFoundException or InvalidTimeZoneException or FormatException)
        {
            Console.Error.WriteLine($"\nseed failed: {e.Message}");
            return 1;
        }
    }

    private static async Task<(string Id, string Code)> EnsureChallengeAsync(DemoApi api, DemoData demo, Dictionary<string, string> tokens)
    {
        var definition = demo.Challenge;
        var ownerToken = tokens[definition.Owner];
        var mine = await api.JsonAsync(HttpMethod.Get, "/api/me/challenges?limit=100", ownerToken);
        var existing = mine.GetProperty("items").EnumerateArray()
            .FirstOrDefault(c => c.GetProperty("name").GetString() == definition.Name && c.GetProperty("isOwner").GetBoolean());
        string id;
        if (existing.ValueKind == JsonValueKind.Object)
        {
            id = existing.GetProperty("challengeId").GetString()!;
        }
        else
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(definition.TimeZone);
            var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime).AddDays(-definition.StartsDaysAgo).ToDateTime(TimeOnly.MinValue);
            var end = start.AddDays(definition.LengthDays);
            var created = await api.JsonAsync(HttpMethod.Post, "/api/challenges", ownerToken, new
            {
                name = definition.Name,
                description = definition.Description,
                startsAt = new DateTimeOffset(start, zone.GetUtcOffset(start)),
                endsAt = new DateTimeOffset(end, zone.GetUtcOffset(end)),
                timeZone = definition.TimeZone,
                visibility = definition.Visibility,
            }, idempotent: false);
            id = created.GetProperty("challengeId").GetString()!;
        }

        var code = (await api.JsonAsync(HttpMethod.Get, $"/api/challenges/{id}", ownerToken)).GetProperty("inviteCode").GetString()!;
        foreach (var member in definition.Members)
            await api.JsonAsync(HttpMethod.Post, "/api/challenges/join", tokens[member], new { inviteCode = code });
        return (id, code);
    }

    private static async Task<int> EnsureCoachingAsync(DemoApi api, DemoData demo, Dictionary<string, string> tokens)
    {
        var coachToken = tokens[demo.Coaching.Coach];
        var coachId = (await api.JsonAsync(HttpMethod.Get, "/api/me", coachToken)).GetProperty("userId").GetString();
        var granted = 0;
        foreach (var client in demo.Coaching.Clients)
        {
            var coaches = await api.JsonAsync(HttpMethod.Get, "/api/me/coaches", tokens[client]);
            if (coaches.GetProperty("items").EnumerateArray().Any(c => c.GetProperty("coachId").GetString() == coachId)) continue;
            var invite = await api.JsonAsync(HttpMethod.Post, "/api/coach/invites", coachToken);
            await api.JsonAsync(HttpMethod.Post, "/api/me/coaches", tokens[client], new { code = invite.GetProperty("code").GetString() });
            granted++;
        }

        return granted;
    }

    /// <summary>Every user's history, users side by side, each paced under its rate limit; progress every half second.</summary>
    private static async Task<(int Total, int Added)> LogHistoryAsync(DemoApi api, DemoData demo, ExerciseCatalog catalog, Dictionary<string, string> tokens)
    {
        var now = DateTimeOffset.UtcNow;
        var histories = demo.Users.Select(u => (User: u, Sets: DemoHistory.For(u, catalog, demo.HistoryDays, now))).ToList();
        var total = histories.Sum(h => h.Sets.Count);
        int done = 0, added = 0, conflicts = 0;
        using var progress = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        var logging = Task.WhenAll(histories.Select(async h =>
        {
            foreach (var set in h.Sets)
            {
                var paced = Task.Delay(PerUserPacing);
                switch (await api.LogSetAsync(tokens[h.User.Username], set))
                {
                    case true: Interlocked.Increment(ref added); break;
                    case null: Interlocked.Increment(ref conflicts); break;
                }

                Interlocked.Increment(ref done);
                await paced;
            }
        }));
        while (!logging.IsCompleted && await progress.WaitForNextTickAsync())
            Console.Write(string.Create(CultureInfo.InvariantCulture, $"\rseed: sets {Volatile.Read(ref done):N0}/{total:N0} ({100.0 * Volatile.Read(ref done) / Math.Max(1, total):0}%)"));
        await logging;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\rseed: sets {total:N0}/{total:N0} (100%)"));
        if (conflicts > 0) Console.WriteLine($"seed: {conflicts} demo set ids were already used with other values (left as they are)");
        return (total, added);
    }

    private static string? Option(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == name && i + 1 < args.Length) return args[i + 1];
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal)) return args[i][(name.Length + 1)..];
        }

        return null;
    }
}
