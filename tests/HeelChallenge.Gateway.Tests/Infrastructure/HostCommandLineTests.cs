using HeelChallenge.Host;
using Microsoft.Extensions.Configuration;

namespace HeelChallenge.Gateway.Tests.Infrastructure;

public sealed class HostCommandLineTests
{
    [Theory]
    [InlineData(new string[0], "run", 0)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5080" }, "run", 2)]
    [InlineData(new[] { "run", "--Storage:DataDirectory=/tmp/x" }, "run", 1)]
    [InlineData(new[] { "REBUILD" }, "rebuild", 0)]
    public void Given_arguments_When_parsing_Then_the_verb_is_the_first_non_option_and_the_rest_goes_to_configuration(
        string[] args, string verb, int remaining)
    {
        var command = CommandLine.Parse(args);

        Assert.Equal(verb, command.Verb);
        Assert.Equal(remaining, command.Arguments.Length);
    }

    [Fact]
    public void Given_an_unknown_verb_When_dispatching_Then_usage_and_exit_code_2()
    {
        Assert.Equal(2, CommandLine.PrintUsage(CommandLine.Parse(["frobnicate"])));
        Assert.Equal(0, CommandLine.PrintUsage(CommandLine.Parse(["help"])));
    }

    [Theory]
    [InlineData("PostgreSql", "needs ConnectionStrings:EventStore")]
    [InlineData("Mongo", "unknown")]
    public void Given_an_unsupported_storage_provider_When_reading_settings_Then_a_clear_startup_error(string provider, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = provider }).Build();

        var error = Assert.Throws<StartupException>(() => HostSettings.From(configuration));

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("Storage:Provider", "Sqlite", "Cluster:Membership", "PostgreSql", "needs Storage:Provider=PostgreSql")]
    [InlineData("Storage:Provider", "PostgreSql", "ConnectionStrings:EventStore", "Host=db", "needs Cluster:AdvertisedAddress")]
    [InlineData("Cluster:Membership", "Zookeeper", "Cluster:AdvertisedAddress", "10.0.0.7", "Cluster:Membership 'Zookeeper' is unknown")]
    [InlineData("Cluster:AdvertisedAddress", "silo-1.local", "Cluster:Membership", "Localhost", "is not an IP address")]
    public void Given_inconsistent_cluster_settings_When_reading_settings_Then_a_clear_startup_error(string key1, string value1, string key2, string value2, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key1] = value1, [key2] = value2 }).Build();

        var error = Assert.Throws<StartupException>(() => HostSettings.From(configuration));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Given_cluster_settings_When_an_offline_verb_reads_them_Then_its_silo_stays_alone_and_needs_no_advertised_address()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "hc-settings-" + Guid.NewGuid().ToString("N")),
            ["Storage:Provider"] = "PostgreSql",
            ["ConnectionStrings:EventStore"] = "Host=db",
        }).Build();

        var settings = HostSettings.From(configuration, joinsCluster: false);

        Assert.True(settings.UsesPostgreSql);
        Assert.False(settings.ClustersThroughPostgreSql);
        Directory.Delete(settings.DataDirectory);
    }

    [Fact]
    public void Given_postgresql_with_a_connection_string_When_reading_settings_Then_postgresql_in_the_configured_schema_and_no_password_in_the_description()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hc-settings-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Storage:Provider"] = "postgresql",
            ["Storage:Schema"] = "tenant_a",
            ["ConnectionStrings:EventStore"] = "Host=db;Username=hc;Password=s3cret",
            ["Cluster:AdvertisedAddress"] = "10.1.2.3",
        }).Build();

        try
        {
            var settings = HostSettings.From(configuration);

            Assert.Equal("PostgreSql", settings.Provider);
            Assert.True(settings.UsesPostgreSql);
            Assert.Equal(("Host=db;Username=hc;Password=s3cret", "tenant_a"), (settings.PostgreSqlOptions.ConnectionString, settings.PostgreSqlOptions.Schema));
            Assert.Contains("tenant_a", settings.StoreDescription);
            Assert.True(settings.ClustersThroughPostgreSql);
            Assert.Equal(HostSettings.DefaultClusterSiloPort, settings.SiloPort);
            Assert.Equal("10.1.2.3", settings.AdvertisedAddress.ToString());
            Assert.DoesNotContain("s3cret", settings.StoreDescription);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public void Given_defaults_When_reading_settings_Then_sqlite_with_group_commit_under_the_data_folder()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hc-settings-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDirectory }).Build();

        try
        {
            var settings = HostSettings.From(configuration);

            Assert.True(Directory.Exists(dataDirectory));
            Assert.Equal(Path.Combine(dataDirectory, "events.db"), settings.DatabasePath);
            Assert.True(settings.GroupCommit);
            Assert.Equal("Sqlite", settings.Provider);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
