using HeelChallenge.EventStore.PostgreSql;
using HeelChallenge.Testing;

namespace HeelChallenge.EventStore.Tests.PostgreSql;

/// <summary>Cluster mode: several processes (here, store instances) appending to one schema at once.</summary>
public sealed class PostgreSqlClusterTests : IAsyncLifetime
{
    private readonly string _schema = TestPostgres.NewSchemaPrefix() + "_cluster";
    private readonly List<PostgreSqlEventStore> _silos = [];

    public async Task InitializeAsync()
    {
        for (var i = 0; i < 3; i++)
            _silos.Add(await PostgreSqlEventStore.OpenAsync(new PostgreSqlEventStoreOptions { ConnectionString = TestPostgres.ConnectionString, Schema = _schema }));
    }

    public async Task DisposeAsync()
    {
        foreach (var silo in _silos) await silo.DisposeAsync();
        await TestPostgres.DropSchemasAsync(_schema);
    }

    [Fact]
    public async Task Given_three_silos_appending_at_once_When_a_reader_tails_the_log_Then_it_sees_every_position_once_in_order_with_no_gap()
    {
        const int perSilo = 300;
        var seen = new List<long>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var tail = Task.Run(async () =>
        {
            var after = 0L;
            while (seen.Count < perSilo * _silos.Count)
            {
                deadline.Token.ThrowIfCancellationRequested();
                var batch = await _silos[0].ReadAllAsync(after, 50);
                foreach (var e in batch)
                {
                    // A skipped position would show here as a jump: a later transaction visible before an earlier one.
                    Assert.Equal(after + 1, e.Position);
                    seen.Add(e.Position);
                    after = e.Position;
                }

                if (batch.Count == 0) await Task.Delay(5, deadline.Token);
            }
        });

        await Task.WhenAll(_silos.Select((silo, s) => Task.WhenAll(Enumerable.Range(0, perSilo).Select(async i =>
        {
            var result = await silo.AppendAsync($"user-{s}-{i}", 0, [new EventData(Guid.NewGuid(), "SetLogged", $$"""{"n":{{i}}}""")]);
            Assert.IsType<AppendResult.Committed>(result);
        }))));
        await tail;

        Assert.Equal(Enumerable.Range(1, perSilo * _silos.Count).Select(p => (long)p), seen);
        Assert.Equal(perSilo * _silos.Count, await _silos[2].ReadHeadPositionAsync());
    }

    [Fact]
    public async Task Given_two_silos_racing_on_one_stream_version_When_both_append_Then_exactly_one_wins_and_the_other_sees_the_new_version()
    {
        var stream = "challenge-" + Guid.NewGuid().ToString("N");

        var results = await Task.WhenAll(_silos.Take(2).Select(silo =>
            silo.AppendAsync(stream, 0, [new EventData(Guid.NewGuid(), "ParticipantJoined", "{}")]).AsTask()));

        Assert.Single(results.OfType<AppendResult.Committed>());
        Assert.Equal(new AppendResult.WrongExpectedVersion(1), Assert.Single(results.OfType<AppendResult.WrongExpectedVersion>()));
        Assert.Single(await _silos[2].ReadStreamAsync(stream));
    }

    [Fact]
    public async Task Given_an_append_committed_through_one_silo_When_another_silo_retries_it_Then_it_gets_the_original_result_and_nothing_is_stored_twice()
    {
        var stream = "user-" + Guid.NewGuid().ToString("N");
        EventData[] events = [new(Guid.NewGuid(), "SetLogged", "{}"), new(Guid.NewGuid(), "SetLogged", "{}")];

        var original = await _silos[0].AppendAsync(stream, 0, events);
        var retry = await _silos[1].AppendAsync(stream, 0, events);

        Assert.Equal(original, retry);
        Assert.Equal(2, (await _silos[2].ReadStreamAsync(stream)).Count);
    }
}
