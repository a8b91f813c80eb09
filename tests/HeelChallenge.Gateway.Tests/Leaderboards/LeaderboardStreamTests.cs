using System.Net.Http.Headers;

namespace HeelChallenge.Gateway.Tests.Leaderboards;

/// <summary>The SSE stream: the board at once, a new event (id = version) when a set moves it, Last-Event-ID resume, heartbeats.</summary>
[Collection(LeaderboardCollection.Name)]
public sealed class LeaderboardStreamTests(LeaderboardFactory factory)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Given_a_subscriber_When_a_participant_logs_a_set_Then_an_event_with_a_new_id_carries_the_new_board()
    {
        var (owner, challengeId, participants) = await factory.ChallengeWith(1);
        using var response = await Subscribe(owner, challengeId, "?around=me");
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var events = new SseReader(await response.Content.ReadAsStreamAsync());
        var first = await events.NextEventAsync(Deadline);
        Assert.Equal("leaderboard", first.Event);
        Assert.Equal(first.Id, first.Json.GetProperty("version").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));

        await participants[0].LogLegPress(10);

        var next = await events.NextEventAsync(Deadline);
        while (Boards.Points(next.Json).Sum() == 0) next = await events.NextEventAsync(Deadline);
        Assert.True(long.Parse(next.Id!, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(first.Id!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(10, next.Json.GetProperty("entries")[0].GetProperty("points").GetInt32());
        Assert.Equal(owner.UserId, next.Json.GetProperty("me").GetProperty("userId").GetGuid());
    }

    [Fact]
    public async Task Given_the_current_version_as_Last_Event_ID_When_resuming_Then_only_heartbeats_until_the_board_moves()
    {
        var (owner, challengeId, participants) = await factory.ChallengeWith(1);
        var current = (await owner.Client.BoardWhen(challengeId, b => b.GetProperty("participantCount").GetInt32() == 2)).GetProperty("version").GetInt64();

        using var response = await Subscribe(owner, challengeId, lastEventId: current);
        using var events = new SseReader(await response.Content.ReadAsStreamAsync());
        var first = await events.NextAsync(Deadline);
        Assert.Equal(("heartbeat", (string?)null), (first.Comment, first.Id));

        await participants[0].LogLegPress(7);
        var moved = await events.NextEventAsync(Deadline);
        Assert.True(moved.Json.GetProperty("version").GetInt64() > current);
    }

    [Fact]
    public async Task Given_an_older_version_as_Last_Event_ID_When_resuming_Then_the_current_board_comes_at_once()
    {
        var (owner, challengeId, participants) = await factory.ChallengeWith(1);
        await participants[0].LogLegPress(9);
        var board = await owner.Client.BoardWhen(challengeId, b => Boards.Points(b).Contains(9));

        using var response = await Subscribe(owner, challengeId, lastEventId: 1);
        using var events = new SseReader(await response.Content.ReadAsStreamAsync());
        var first = await events.NextAsync(Deadline);

        Assert.Equal(board.GetProperty("version").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), first.Id);
        Assert.Equal([9, 0], Boards.Points(first.Json));
    }

    private async Task<HttpResponseMessage> Subscribe(TestUser user, string challengeId, string query = "", long? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/challenges/{challengeId}/leaderboard/stream{query}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is { } id) request.Headers.Add("Last-Event-ID", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var response = await user.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }
}
