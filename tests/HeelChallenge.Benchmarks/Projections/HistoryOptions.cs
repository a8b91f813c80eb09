using System.Globalization;

namespace HeelChallenge.Benchmarks.Projections;

/// <summary>The shape of a generated history; defaults are the numbers the README reports.</summary>
public sealed record HistoryOptions(int Events, int Users, int Challenges, int Days, int Seed, string? DataDirectory)
{
    public static HistoryOptions Parse(string[] args)
    {
        var options = new HistoryOptions(Events: 1_000_000, Users: 2_000, Challenges: 20, Days: 30, Seed: 42, DataDirectory: null);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--events" => options with { Events = Int(args[i + 1]) },
                "--users" => options with { Users = Int(args[i + 1]) },
                "--challenges" => options with { Challenges = Int(args[i + 1]) },
                "--days" => options with { Days = Int(args[i + 1]) },
                "--seed" => options with { Seed = Int(args[i + 1]) },
                "--data" => options with { DataDirectory = args[i + 1] },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }

    private static int Int(string value) => int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
