using Microsoft.Extensions.Configuration;

namespace HeelChallenge.Gateway.Infrastructure;

/// <summary>The data folder shared with the host (Storage:DataDirectory, default ./data).</summary>
public static class StorageSettings
{
    public const string DataDirectoryKey = "Storage:DataDirectory";
    public const string DefaultDataDirectory = "./data";

    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(configuration[DataDirectoryKey] is { Length: > 0 } configured ? configured : DefaultDataDirectory);
}
