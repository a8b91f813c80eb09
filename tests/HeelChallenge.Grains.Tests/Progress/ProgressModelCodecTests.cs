using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Progress;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Progress;

namespace HeelChallenge.Grains.Tests.Progress;

/// <summary>The hand-written progress snapshot: what is read back is the state that was written, days regrouped.</summary>
public sealed class ProgressModelCodecTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Given_folded_histories_When_written_and_read_Then_every_state_is_the_same(int seed)
    {
        var clients = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToArray();
        var generator = new ProgressHistoryGenerator(seed, clients, [Guid.NewGuid(), Guid.NewGuid()]);
        var models = clients.ToDictionary(c => c, c => new ProgressModel { DisplayName = "Client " + c.ToString("N")[..4] });
        foreach (var (user, events) in generator.Batches(400))
        {
            foreach (var e in events) models[user].State.Apply(e);
        }

        models[clients[0]].Coaches.UnionWith([Guid.NewGuid(), Guid.NewGuid()]);
        foreach (var model in models.Values)
        {
            var read = RoundTrip(model);

            Assert.Equal(Canonical(model), Canonical(read));
            Assert.Equal(model.DisplayName, read.DisplayName);
            Assert.Equal(model.Coaches.Order(), read.Coaches.Order());
        }

        Assert.Contains(models.Values, m => m.State.Sets.Values.Any(t => t.Voided));
    }

    [Fact]
    public void Given_a_state_with_odd_values_When_written_and_read_Then_offsets_nulls_and_names_survive()
    {
        var user = Guid.NewGuid();
        var model = new ProgressModel { DisplayName = "Zoë 🦶" };
        var at = new DateTimeOffset(2026, 3, 29, 1, 59, 59, TimeSpan.FromHours(-3.5));
        model.State.Apply(new UserRegistered(user, "zoe", "Zoë", "America/St_Johns", at.AddDays(-3)));
        model.State.Apply(new SetLogged(new LoggedSet("s-1", "leg-press", null, 10, null, 42.125m, at), at));
        model.State.Apply(new SetLogged(new LoggedSet("s-2", "arch-rolls", "left", null, 7200, null, at.ToUniversalTime()), at));
        model.State.Apply(new SetLogged(new LoggedSet("s-3", "ankle-alphabet", "right", 26, null, 0m, at.AddDays(-1)), at));
        model.State.Apply(new SetVoided("s-3", at));

        var read = RoundTrip(model);

        Assert.Equal(Canonical(model), Canonical(read));
        Assert.Equal(at.Offset, read.State.Sets["s-1"].Set.PerformedAt.Offset);
        Assert.Same(SharedNames.Intern("left"), read.State.Sets["s-2"].Set.Side);
        Assert.True(read.State.Sets["s-3"].Voided);
        Assert.Single(read.State.Days);
    }

    private static ProgressModel RoundTrip(ProgressModel model)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) ProgressModelCodec.Write(writer, model);
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = ProgressModelCodec.Read(reader);
        Assert.Equal(stream.Length, stream.Position);
        return read;
    }

    // The state's content in a fixed order (dictionaries and day lists enumerate in an order their history decides).
    private static string Canonical(ProgressModel m)
    {
        var s = m.State;
        return string.Join("\n",
            new[] { $"{s.UserId} {s.RegisteredAt:O} {s.LastActiveAt:O}" }
                .Concat(s.Zones.Select(z => $"{z.EffectiveFrom:O} {z.TimeZone}"))
                .Concat(s.Sets.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value} {p.Value.Set.PerformedAt:O}"))
                .Concat(s.Days.OrderBy(d => d.Key).Select(d => $"{d.Key} {string.Join(",", d.Value.SetIds.Order(StringComparer.Ordinal))}")));
    }
}
