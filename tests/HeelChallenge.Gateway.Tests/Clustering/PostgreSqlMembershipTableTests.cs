using System.Net;
using HeelChallenge.Host;
using HeelChallenge.Host.Clustering;
using HeelChallenge.Testing;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace HeelChallenge.Gateway.Tests.Clustering;

/// <summary>The membership table's contract (as Orleans uses it), on a real PostgreSQL server, one schema per test.</summary>
public sealed class PostgreSqlMembershipTableTests : IAsyncLifetime
{
    private readonly string _schema = TestPostgres.NewSchemaPrefix() + "_membership";
    private PostgreSqlMembershipTable _table = null!;

    public async Task InitializeAsync()
    {
        var settings = new HostSettings("unused", HostSettings.PostgreSql, true, "unused", 11111, 0, "c1", "s1",
            TestPostgres.ConnectionString, _schema, true, IPAddress.Loopback);
        _table = new PostgreSqlMembershipTable(settings, Options.Create(new ClusterOptions { ClusterId = "c1", ServiceId = "s1" }));
        await _table.InitializeMembershipTable(tryInitTableVersion: true);
    }

    public async Task DisposeAsync()
    {
        await _table.DisposeAsync();
        await TestPostgres.DropSchemaAsync(_schema);
    }

    [Fact]
    public async Task Given_an_empty_table_When_two_silos_insert_against_the_same_version_Then_exactly_one_wins()
    {
        var version = (await _table.ReadAll()).Version;

        var results = await Task.WhenAll(_table.InsertRow(Entry(1), version.Next()), _table.InsertRow(Entry(2), version.Next()));

        Assert.Single(results, won => won);
        var after = await _table.ReadAll();
        Assert.Single(after.Members);
        Assert.Equal(version.Version + 1, after.Version.Version);
        Assert.NotEqual(version.VersionEtag, after.Version.VersionEtag);
    }

    [Fact]
    public async Task Given_a_row_When_updating_with_a_stale_table_version_Then_false_and_nothing_changes()
    {
        var start = (await _table.ReadAll()).Version;
        Assert.True(await _table.InsertRow(Entry(1), start.Next()));

        var stale = await _table.UpdateRow(Entry(1, SiloStatus.Dead), "any", start.Next());

        Assert.False(stale);
        var (entry, _) = Assert.Single((await _table.ReadAll()).Members);
        Assert.Equal(SiloStatus.Active, entry.Status);
    }

    [Fact]
    public async Task Given_a_read_row_When_the_silo_heartbeats_Then_the_read_inputs_still_update_it_and_the_heartbeat_never_goes_back()
    {
        Assert.True(await _table.InsertRow(Entry(1), (await _table.ReadAll()).Version.Next()));
        var read = await _table.ReadAll();
        var (entry, etag) = Assert.Single(read.Members);

        var alive = entry.IAmAliveTime.AddMinutes(5);
        entry.IAmAliveTime = alive;
        await _table.UpdateIAmAlive(entry);
        Assert.Equal(read.Version, (await _table.ReadAll()).Version);

        var suspected = Entry(1, SiloStatus.Dead);
        suspected.SuspectTimes = [Tuple.Create(Entry(2).SiloAddress, DateTime.UtcNow)];
        Assert.True(await _table.UpdateRow(suspected, etag, read.Version.Next()));

        var (after, _) = Assert.Single((await _table.ReadAll()).Members);
        Assert.Equal(SiloStatus.Dead, after.Status);
        Assert.Equal(Entry(2).SiloAddress, Assert.Single(after.SuspectTimes!).Item1);
        Assert.Equal(alive, after.IAmAliveTime, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Given_an_unknown_silo_When_reading_its_row_Then_no_entry_but_the_table_version()
    {
        var row = await _table.ReadRow(Entry(9).SiloAddress);

        Assert.Empty(row.Members);
        Assert.Equal(0, row.Version.Version);
    }

    [Fact]
    public async Task Given_old_rows_that_are_not_active_When_cleaning_up_Then_only_they_go()
    {
        // Each insert is against the version just read, as Orleans does it.
        foreach (var (generation, status) in new[] { (1, SiloStatus.Dead), (2, SiloStatus.Joining), (3, SiloStatus.Active) })
            Assert.True(await _table.InsertRow(Entry(generation, status, DateTime.UtcNow.AddHours(-2)), (await _table.ReadAll()).Version.Next()));

        await _table.CleanupDefunctSiloEntries(DateTimeOffset.UtcNow.AddHours(-1));

        var (left, _) = Assert.Single((await _table.ReadAll()).Members);
        Assert.Equal(SiloStatus.Active, left.Status);
    }

    private static MembershipEntry Entry(int generation, SiloStatus status = SiloStatus.Active, DateTime? alive = null) => new()
    {
        SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11111), generation),
        Status = status,
        SuspectTimes = [],
        HostName = "host",
        SiloName = "silo-" + generation,
        StartTime = DateTime.UtcNow.AddMinutes(-1),
        IAmAliveTime = alive ?? DateTime.UtcNow,
    };
}
