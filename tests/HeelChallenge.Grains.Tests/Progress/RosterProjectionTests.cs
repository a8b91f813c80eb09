using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Domain.Progress;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Tests.Projections;
using static HeelChallenge.Grains.Tests.Progress.ProgressProjection;

namespace HeelChallenge.Grains.Tests.Progress;

/// <summary>A coach's roster fed by consent events from client streams and by the clients' progress grains.</summary>
[Collection(ProjectionCollection.Name)]
public sealed class RosterProjectionTests(ProjectionFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        fixture.Faults.FailProjectionSaves = false;
        return Task.CompletedTask;
    }

    private async Task<RosterPage> RosterWhen(Guid coach, Func<RosterPage, bool> condition, RosterSort sort = RosterSort.Name) =>
        await Eventually.Get(async () => await fixture.Clients(coach, sort) is var page && condition(page) ? page : null, TimeSpan.FromSeconds(20));

    [Fact]
    public async Task Given_clients_who_granted_access_When_they_log_sets_Then_the_roster_shows_each_with_the_figures_of_their_stream()
    {
        var (coach, ada, bo, stranger) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        UserEvent[] adaEvents = [Registered(ada, "Ada"), Granted(coach), Logged(LegPress(10, HoursAgo(1))), Logged(LegPress(10, HoursAgo(25)))];
        UserEvent[] boEvents = [Registered(bo, "Bo"), Granted(coach), Logged(LegPress(3, HoursAgo(24 * 5)))];
        await fixture.Log.User(ada, adaEvents);
        await fixture.Log.User(bo, boEvents);
        await fixture.Log.User(stranger, Registered(stranger, "Not a client"), Logged(LegPress(10, HoursAgo(1))));

        var page = await RosterWhen(coach, p => p.Items.Count == 2 && p.Items.All(r => r.Figures.LastActiveAt is not null));

        Assert.Equal(["Ada", "Bo"], page.Items.Select(r => r.DisplayName));
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(SummaryOf(adaEvents).Evaluate(Catalog, now).Adherence7, page.Items[0].Figures.Adherence7);
        Assert.Equal(SummaryOf(boEvents).Evaluate(Catalog, now).LastActiveAt, page.Items[1].Figures.LastActiveAt);
        Assert.True(page.Items[1].Figures.Flags.Inactive); // 5 days without a set, N = 3
        Assert.Equal(2, page.Total);
        var byAttention = await fixture.Clients(coach, RosterSort.NeedsAttention);
        Assert.Equal(["Bo", "Ada"], byAttention.Items.Select(r => r.DisplayName));
    }

    [Fact]
    public async Task Given_a_client_on_the_roster_When_they_revoke_and_grant_again_with_a_new_code_Then_they_leave_and_come_back()
    {
        var (coach, client) = (Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.User(client, Registered(client, "Cy"), Granted(coach), Logged(LegPress(10, HoursAgo(2))));
        await RosterWhen(coach, p => p.Items is [{ Figures.LastActiveAt: not null }]);

        await fixture.Log.User(client, new CoachAccessRevoked(coach, DateTimeOffset.UtcNow), Logged(LegPress(10, HoursAgo(1))));
        await RosterWhen(coach, p => p.Items.Count == 0 && p.Total == 0);

        await fixture.Log.User(client, Granted(coach));
        // The grant (through the projector) and the row's name (pushed by the client's progress) arrive separately.
        var back = await RosterWhen(coach, p => p.Items is [{ DisplayName: "Cy" }]);
        await fixture.ProgressCaughtUp();
        Assert.Equal("Cy", Assert.Single(back.Items).DisplayName);
        Assert.Equal(2, (await fixture.ProgressOf(client).GetReport(7, 3))!.Days.Sum(d => d.SetsDone));
    }

    [Fact]
    public async Task Given_a_revocation_heard_from_the_client_grain_first_When_the_projector_brings_the_grant_late_Then_the_client_never_shows()
    {
        var (coach, client) = (Guid.NewGuid(), Guid.NewGuid());
        var grant = Granted(coach);
        await fixture.RosterOf(coach).ClientRevoked(client, grant.InviteCode);

        await fixture.Log.User(client, Registered(client, "Late"), grant);
        await fixture.ProgressCaughtUp();

        Assert.Empty((await fixture.Clients(coach)).Items);
        await fixture.Log.User(client, Granted(coach));
        await RosterWhen(coach, p => p.Items.Count == 1);
    }

    [Fact]
    public async Task Given_a_client_on_the_roster_When_their_grain_reports_the_revocation_Then_they_leave_at_once()
    {
        var (coach, client) = (Guid.NewGuid(), Guid.NewGuid());
        var grant = Granted(coach);
        await fixture.Log.User(client, Registered(client, "Di"), grant);
        await RosterWhen(coach, p => p.Items.Count == 1);

        await fixture.RosterOf(coach).ClientRevoked(client, grant.InviteCode);

        Assert.Empty((await fixture.Clients(coach)).Items); // no wait: the very next read
        await fixture.Log.User(client, new CoachAccessRevoked(coach, DateTimeOffset.UtcNow));
        await fixture.ProgressCaughtUp();
        Assert.Empty((await fixture.Clients(coach)).Items);
    }

    [Fact]
    public async Task Given_a_client_on_the_roster_When_they_log_a_set_Then_the_roster_shows_it_within_a_second()
    {
        var (coach, client) = (Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.User(client, Registered(client, "Ed"), Granted(coach));
        await RosterWhen(coach, p => p.Items.Count == 1);
        var set = LegPress(10, HoursAgo(0.1));

        var started = DateTimeOffset.UtcNow;
        await fixture.Log.User(client, Logged(set));
        await RosterWhen(coach, p => p.Items is [{ Figures.LastActiveAt: { } at }] && at == set.PerformedAt.ToUniversalTime());

        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(1), $"took {DateTimeOffset.UtcNow - started}");
    }

    [Theory]
    [InlineData(RosterSort.NeedsAttention, false)]
    [InlineData(RosterSort.Name, false)]
    [InlineData(RosterSort.Adherence7, false)]
    [InlineData(RosterSort.LastActive, false)]
    [InlineData(RosterSort.LastActive, true)]
    [InlineData(RosterSort.Name, true)]
    public async Task Given_many_clients_When_paged_Then_the_pages_cover_the_sorted_roster_once(RosterSort sort, bool descending)
    {
        var coach = Guid.NewGuid();
        for (var i = 0; i < 8; i++)
        {
            var client = Guid.NewGuid();
            var sets = Enumerable.Range(0, i % 4).Select(n => (UserEvent)Logged(LegPress(5 + i, HoursAgo(1 + 30 * i + n))));
            // Two clients share a name, so the tie-breaks are exercised.
            await fixture.Log.User(client, [Registered(client, i < 2 ? "Same" : $"Client {7 - i}"), Granted(coach), .. sets]);
        }

        await RosterWhen(coach, p => p.Items.Count == 8, sort);
        await fixture.ProgressCaughtUp();
        var all = await fixture.Clients(coach, sort, descending: descending);
        var paged = new List<RosterRow>();
        string? cursor = null;
        do
        {
            var page = await fixture.Clients(coach, sort, cursor, limit: 3, descending: descending);
            Assert.Null(page.Error);
            Assert.InRange(page.Items.Count, 1, 3);
            paged.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(all.Items.Select(r => r.UserId), paged.Select(r => r.UserId));
        Assert.Equal(8, paged.Select(r => r.UserId).Distinct().Count());
        var keys = all.Items.Select(r => sort switch
        {
            RosterSort.NeedsAttention => -r.Figures.NeedsAttention,
            RosterSort.Adherence7 => (long)(r.Figures.Adherence7 * 10),
            RosterSort.LastActive => r.Figures.LastActiveAt?.UtcTicks ?? long.MinValue,
            _ => 0,
        }).ToList();
        Assert.Equal(descending ? keys.OrderDescending() : keys.Order(), keys);
        var names = all.Items.Select(r => r.DisplayName).ToList();
        if (sort == RosterSort.Name)
            Assert.Equal(descending ? names.OrderDescending(StringComparer.OrdinalIgnoreCase) : names.Order(StringComparer.OrdinalIgnoreCase), names);
    }

    [Fact]
    public async Task Given_a_cursor_of_another_sort_or_garbage_When_paged_Then_an_error_and_no_rows()
    {
        var coach = Guid.NewGuid();
        for (var i = 0; i < 3; i++)
        {
            var client = Guid.NewGuid();
            await fixture.Log.User(client, Registered(client, $"P{i}"), Granted(coach));
        }

        await RosterWhen(coach, p => p.Items.Count == 3);
        var byName = await fixture.Clients(coach, RosterSort.Name, limit: 1);

        Assert.NotNull((await fixture.Clients(coach, RosterSort.Adherence7, byName.NextCursor)).Error);
        Assert.NotNull((await fixture.Clients(coach, RosterSort.Name, byName.NextCursor, descending: true)).Error);
        Assert.NotNull((await fixture.Clients(coach, RosterSort.Name, "not-a-cursor!")).Error);
        Assert.Empty((await fixture.Clients(coach, RosterSort.Name, "not-a-cursor!")).Items);
    }

    [Fact]
    public async Task Given_a_roster_whose_last_snapshot_is_older_than_its_rows_When_it_restarts_Then_it_pulls_the_rows_again()
    {
        var (coach, client) = (Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.User(client, Registered(client, "Flo"), Granted(coach), Logged(LegPress(10, HoursAgo(30))));
        await RosterWhen(coach, p => p.Items is [{ Figures.LastActiveAt: not null }]);
        await fixture.ProgressCaughtUp(saved: true);

        // A newer set reaches the roster as a push only, and the roster dies before it can save it.
        fixture.Faults.FailProjectionSaves = true;
        var late = LegPress(10, HoursAgo(1));
        await fixture.Log.User(client, Logged(late));
        await RosterWhen(coach, p => p.Items is [{ Figures.LastActiveAt: { } at }] && at == late.PerformedAt.ToUniversalTime());
        var before = (await fixture.RosterOf(coach).GetProjectionStatus()).Incarnation;
        await fixture.Deactivate(fixture.RosterOf(coach));
        await Eventually.Holds(async () => Assert.NotEqual(before, (await fixture.RosterOf(coach).GetProjectionStatus()).Incarnation));
        fixture.Faults.FailProjectionSaves = false;

        await RosterWhen(coach, p => p.Items is [{ Figures.LastActiveAt: { } at }] && at == late.PerformedAt.ToUniversalTime());
    }

    [Fact]
    public async Task Given_a_coach_setting_When_the_roster_is_read_with_another_threshold_Then_the_inactive_flag_follows_it()
    {
        var (coach, client) = (Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.User(client, Registered(client, "Gus"), Granted(coach), Logged(LegPress(10, HoursAgo(24 * 4))));
        await RosterWhen(coach, p => p.Items is [{ Figures.LastActiveAt: not null }]);

        var strict = await fixture.RosterOf(coach).GetClients(new RosterQuery(RosterSort.Name, null, 10, 3));
        var lenient = await fixture.RosterOf(coach).GetClients(new RosterQuery(RosterSort.Name, null, 10, 7));

        Assert.True(strict.Items[0].Figures.Flags.Inactive);
        Assert.False(lenient.Items[0].Figures.Flags.Inactive);
        Assert.Equal(7, lenient.Items[0].Figures.InactiveAfterDays);
        Assert.True(strict.Items[0].Figures.NeedsAttention > lenient.Items[0].Figures.NeedsAttention);
        Assert.Equal(ProgressReporter.DefaultInactiveAfterDays, strict.Items[0].Figures.InactiveAfterDays);
    }
}
