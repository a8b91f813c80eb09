using HeelChallenge.Domain.Progress;
using static HeelChallenge.Domain.Tests.Progress.ProgressKit;

namespace HeelChallenge.Domain.Tests.Progress;

/// <summary>The roster's sort key: inactive, then dropping, then lowest 7-day adherence, then longest since active.</summary>
public class NeedsAttentionTests
{
    [Fact]
    public void Given_clients_in_every_situation_When_sorted_by_needs_attention_descending_Then_the_documented_order_holds()
    {
        // name, inactive, dropping, adherence7, days since active; listed in the expected order.
        var clients = new (string Name, bool Inactive, bool Dropping, decimal Adherence7, int? Since)[]
        {
            ("inactive, dropping, long gone", true, true, 0m, 40),
            ("inactive, dropping", true, true, 0m, 3),
            ("inactive, 100%", true, false, 100m, 9_999_999),
            ("inactive", true, false, 100m, 5),
            ("dropping, low", false, true, 10m, 0),
            ("dropping, high", false, true, 70m, 2),
            ("never active", false, false, 0m, null),
            ("low", false, false, 0.1m, 2),
            ("low, yesterday", false, false, 50m, 1),
            ("low, today", false, false, 50m, 0),
            ("perfect", false, false, 100m, 0),
        };

        var sorted = clients.OrderByDescending(c => NeedsAttention.Score(c.Inactive, c.Dropping, c.Adherence7, c.Since))
            .Select(c => c.Name);

        Assert.Equal(clients.Select(c => c.Name), sorted);
    }

    [Fact]
    public void Given_two_reports_When_one_user_is_inactive_Then_that_one_needs_more_attention()
    {
        var active = Fold(Registered("UTC", "2026-01-01T00:00:00Z"), Log("a", "leg-press", 10, "2026-03-10T08:00:00Z"));
        var idle = Fold(Registered("UTC", "2026-01-01T00:00:00Z"), Log("a", "leg-press", 10, "2026-03-01T08:00:00Z"));

        var activeReport = Report(active, "2026-03-10T20:00:00Z");
        var idleReport = Report(idle, "2026-03-10T20:00:00Z");

        Assert.True(idleReport.Flags.Inactive);
        Assert.False(activeReport.Flags.Inactive);
        Assert.True(idleReport.NeedsAttention > activeReport.NeedsAttention);
        Assert.Equal(NeedsAttention.Score(true, false, 0m, 9), idleReport.NeedsAttention);
    }
}
