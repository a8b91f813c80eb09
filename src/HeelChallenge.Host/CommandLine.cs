namespace HeelChallenge.Host;

/// <summary>The first argument picks a verb unless it is an option; everything else goes to ASP.NET configuration.</summary>
public sealed record CommandLine(string Verb, string[] Arguments)
{
    public const string Run = "run";
    public const string Rebuild = "rebuild";
    public const string Seed = "seed";
    public const int UsageExitCode = 2;

    public const string Usage = """
        Usage: HeelChallenge.Host [verb] [options]

        Verbs:
          run      Start the silo and the HTTP gateway (default).
          rebuild  Offline: discard every projection (read models, checkpoints; only one with --kind NAME)
                   and replay the whole log into them, printing progress; exits 0 when done (130 if
                   stopped by Ctrl+C or SIGTERM: the service finishes it from the last checkpoint). Stop the
                   service first (or use POST /api/admin/projections/rebuild, which rebuilds online).
          seed     Load the demo data (seeds/demo.json: six accounts, a public challenge, a coach and two weeks
                   of sets) into a running service through its HTTP API, printing progress; --url (default
                   http://localhost:5000). Running it again adds nothing.
          help     Show this text.

        Options (any configuration key, ASP.NET Core style):
          --urls http://localhost:5000
          --Storage:DataDirectory=./data
          --Storage:GroupCommit=true
          --Auth:SigningKey=<base64, at least 32 bytes>
          --RateLimits:Enabled=false
        """;

    public static CommandLine Parse(string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-')
            ? new CommandLine(args[0].ToLowerInvariant(), args[1..])
            : new CommandLine(Run, args);

    /// <summary>help: usage on stdout, exit 0. An unknown verb: usage on stderr, exit 2.</summary>
    public static int PrintUsage(CommandLine command)
    {
        if (command.Verb is "help" or "--help")
        {
            Console.WriteLine(Usage);
            return 0;
        }

        Console.Error.WriteLine($"Unknown verb '{command.Verb}'.");
        Console.Error.WriteLine(Usage);
        return UsageExitCode;
    }
}
