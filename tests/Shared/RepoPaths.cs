namespace HeelChallenge.Testing;

/// <summary>Finds the repository and the host's build output, in the same configuration as these tests.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string HostAssembly
    {
        get
        {
            // tests run from tests/HeelChallenge.EndToEnd.Tests/bin/{Configuration}/net10.0/
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var path = Path.Combine(Root, "src", "HeelChallenge.Host", "bin", configuration, "net10.0", "HeelChallenge.Host.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the host first.", path);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HeelChallenge.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("HeelChallenge.sln not found above " + AppContext.BaseDirectory);
    }
}
