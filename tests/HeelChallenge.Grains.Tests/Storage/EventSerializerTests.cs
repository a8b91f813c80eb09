using System.Text.Json;
using HeelChallenge.Domain.Accounts;
using HeelChallenge.Domain.Coaching;
using HeelChallenge.Domain.Users;
using HeelChallenge.EventStore;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Tests.Storage;

public sealed class EventSerializerTests
{
    private const string Stream = "user-0123456789abcdef0123456789abcdef";
    private static readonly DateTimeOffset At = new(2026, 3, 1, 7, 30, 15, 123, TimeSpan.FromHours(1));
    private static readonly LoggedSet Set = new("s-1", "ankle-alphabet", "left", 26, null, 2.5m, At);

    public static TheoryData<UserEvent> UserEvents => new()
    {
        new UserRegistered(Guid.NewGuid(), "ada", "Ada", "Europe/Paris", At),
        new UserProfileChanged("Ada L.", "Asia/Tokyo", At),
        new UserProfileChanged("Zoë Ødegård 🦶", "Europe/Oslo", At),
        new SetLogged(Set, At),
        new SetCorrected(Set with { Reps = 20, LoadKg = null }, At.AddMinutes(1)),
        new SetVoided("s-1", At.AddMinutes(2)),
        new CoachAccessGranted(Guid.NewGuid(), At.AddDays(1), "ABCD2345"),
        new CoachAccessRevoked(Guid.NewGuid(), At.AddDays(2)),
        new CoachSettingsChanged(7, At.AddDays(3)),
    };

    public static TheoryData<CoachInviteEvent> CoachInviteEvents => new()
    {
        new CoachInviteIssued("ABCD2345", Guid.NewGuid(), At, At.AddDays(7)),
        new CoachInviteRedeemed("ABCD2345", Guid.NewGuid(), At.AddHours(5)),
    };

    public static TheoryData<AccountEvent> AccountEvents => new()
    {
        new AccountRegistered(Guid.NewGuid(), "ada", "AQAAAAIAAYagAAAAE...", "Ada", "UTC", At),
        new AccountPasswordChanged("AQAAAAIAAYagAAAAF...", At),
    };

    [Theory]
    [MemberData(nameof(UserEvents))]
    public void Given_a_user_event_When_serialized_and_read_back_Then_it_is_equal_and_named_by_its_alias(UserEvent @event)
    {
        var (data, back) = RoundTrip(new EventSerializer<UserEvent>(new(), []), @event);

        Assert.Equal(@event, back);
        Assert.Equal(@event.At.Offset, back.At.Offset);
        Assert.EndsWith(".v1", data.Type, StringComparison.Ordinal);
        Assert.DoesNotContain("\"at\"", data.Data, StringComparison.Ordinal);
        Assert.DoesNotContain("idempotencyKey", data.Data, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AccountEvents))]
    public void Given_an_account_event_When_serialized_and_read_back_Then_it_is_equal(AccountEvent @event)
    {
        var (_, back) = RoundTrip(new EventSerializer<AccountEvent>(new(), []), @event);

        Assert.Equal(@event, back);
    }

    [Theory]
    [MemberData(nameof(CoachInviteEvents))]
    public void Given_a_coach_invite_event_When_serialized_and_read_back_Then_it_is_equal_and_named_by_its_alias(CoachInviteEvent @event)
    {
        var (data, back) = RoundTrip(new EventSerializer<CoachInviteEvent>(new(), []), @event);

        Assert.Equal(@event, back);
        Assert.StartsWith("coach-invite-", data.Type, StringComparison.Ordinal);
        Assert.DoesNotContain("idempotencyKey", data.Data, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_consent_events_Then_a_grant_id_depends_on_the_stream_and_the_code_and_invite_events_on_the_stream_only()
    {
        var users = new EventSerializer<UserEvent>(new(), []);
        var invites = new EventSerializer<CoachInviteEvent>(new(), []);

        var grant = users.Serialize(Stream, new CoachAccessGranted(Guid.NewGuid(), At, "ABCD2345"));
        var retried = users.Serialize(Stream, new CoachAccessGranted(Guid.NewGuid(), At.AddMinutes(1), "ABCD2345"));
        var redeemed = invites.Serialize("coach-invite-ABCD2345", new CoachInviteRedeemed("ABCD2345", Guid.NewGuid(), At));
        var byOther = invites.Serialize("coach-invite-ABCD2345", new CoachInviteRedeemed("ABCD2345", Guid.NewGuid(), At.AddMinutes(1)));

        Assert.Equal(grant.EventId, retried.EventId);
        Assert.Equal(redeemed.EventId, byOther.EventId);
    }

    [Fact]
    public void Given_the_domain_When_scanned_Then_every_event_type_has_a_sample_above()
    {
        Assert.Equal(((IEnumerable<object[]>)UserEvents).Select(row => row[0].GetType()).ToHashSet(), new EventTypeRegistry<UserEvent>().EventTypes.ToHashSet());
        Assert.Equal(((IEnumerable<object[]>)AccountEvents).Select(row => row[0].GetType()).ToHashSet(), new EventTypeRegistry<AccountEvent>().EventTypes.ToHashSet());
        Assert.Equal(((IEnumerable<object[]>)CoachInviteEvents).Select(row => row[0].GetType()).ToHashSet(), new EventTypeRegistry<CoachInviteEvent>().EventTypes.ToHashSet());
        Assert.Equal("set-logged.v1", new EventTypeRegistry<UserEvent>().NameOf(typeof(SetLogged)));
    }

    [Fact]
    public void Given_a_set_logged_event_Then_its_id_depends_only_on_the_stream_and_the_set_id()
    {
        var serializer = new EventSerializer<UserEvent>(new(), []);

        var first = serializer.Serialize(Stream, new SetLogged(Set, At));
        var retried = serializer.Serialize(Stream, new SetLogged(Set, At.AddSeconds(5)));
        var otherUser = serializer.Serialize("user-ffffffffffffffffffffffffffffffff", new SetLogged(Set, At));

        Assert.Equal(first.EventId, retried.EventId);
        Assert.NotEqual(first.EventId, otherUser.EventId);
        Assert.Equal(EventIds.ForIdempotencyKey(Stream, "set-logged:s-1"), first.EventId);
    }

    [Fact]
    public void Given_an_event_without_idempotency_key_Then_the_same_event_gets_the_same_id_and_another_a_new_one()
    {
        var serializer = new EventSerializer<UserEvent>(new(), []);
        var correction = new SetCorrected(Set with { Reps = 20 }, At);

        var once = serializer.Serialize(Stream, correction);
        var twice = serializer.Serialize(Stream, correction with { });
        var other = serializer.Serialize(Stream, correction with { CorrectedAt = At.AddTicks(1) });

        Assert.Equal(once.EventId, twice.EventId);
        Assert.NotEqual(once.EventId, other.EventId);
    }

    [Fact]
    public void Given_a_known_name_When_hashed_Then_the_uuid_matches_rfc_9562_version_5()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), EventIds.NameBased(dns, "python.org"));
    }

    [Fact]
    public void Given_an_old_type_name_with_an_upcaster_When_read_Then_it_becomes_the_current_event()
    {
        // Pretend an early build stored sets as "set-logged.v0" with {id, exercise, count, when}.
        var upcaster = new EventUpcaster<UserEvent>("set-logged.v0", json => new SetLogged(
            new LoggedSet(json.GetProperty("id").GetString()!, json.GetProperty("exercise").GetString()!, null,
                json.GetProperty("count").GetInt32(), null, null, json.GetProperty("when").GetDateTimeOffset()),
            json.GetProperty("when").GetDateTimeOffset()));
        var serializer = new EventSerializer<UserEvent>(new(), [upcaster]);
        var old = Recorded("set-logged.v0", """{"id":"old-1","exercise":"leg-press","count":12,"when":"2025-01-02T03:04:05+00:00"}""");

        var @event = Assert.IsType<SetLogged>(serializer.Deserialize(old));

        Assert.Equal(("old-1", "leg-press", 12), (@event.Set.SetId, @event.Set.ExerciseId, @event.Set.Reps));
    }

    [Fact]
    public void Given_an_upcaster_for_a_current_type_name_When_built_Then_refused()
    {
        var upcaster = new EventUpcaster<UserEvent>("set-logged.v1", _ => throw new InvalidOperationException());

        Assert.Throws<InvalidOperationException>(() => new EventSerializer<UserEvent>(new(), [upcaster]));
    }

    [Fact]
    public void Given_an_unknown_type_name_When_read_Then_the_error_names_the_stream_and_the_type()
    {
        var serializer = new EventSerializer<UserEvent>(new(), []);

        var error = Assert.Throws<UnknownEventTypeException>(() => serializer.Deserialize(Recorded("set-teleported.v9", "{}")));

        Assert.Contains(Stream, error.Message, StringComparison.Ordinal);
        Assert.Contains("set-teleported.v9", error.Message, StringComparison.Ordinal);
        Assert.Equal((Stream, "set-teleported.v9"), (error.StreamId, error.TypeName));
    }

    private static (EventData Data, TEvent Back) RoundTrip<TEvent>(EventSerializer<TEvent> serializer, TEvent @event)
        where TEvent : class
    {
        var data = serializer.Serialize(Stream, @event, "tests");
        Assert.Equal("tests", JsonDocument.Parse(data.Metadata!).RootElement.GetProperty("recordedBy").GetString());
        return (data, serializer.Deserialize(new RecordedEvent(1, Stream, 1, data.EventId, data.Type, data.Data, data.Metadata, At)));
    }

    private static RecordedEvent Recorded(string type, string json) => new(7, Stream, 3, Guid.NewGuid(), type, json, null, At);
}
