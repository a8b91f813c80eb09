namespace HeelChallenge.Domain.Users;

/// <summary>The fold of a user's stream. Mutable because Orleans' JournaledGrain applies events in place;
/// applying an event is deterministic and repeating one that is already reflected changes nothing.
/// Serializable because Orleans deep-copies the grain's initial and tentative state.</summary>
[GenerateSerializer, Alias("user-state")]
public sealed class UserState
{
    [Id(0)] public Guid UserId { get; set; }

    [Id(1)] public string? Username { get; set; }

    [Id(2)] public string DisplayName { get; set; } = "";

    [Id(3)] public string TimeZone { get; set; } = "UTC";

    [Id(4)] public DateTimeOffset? RegisteredAt { get; set; }

    [Id(5)] public Dictionary<string, SetRecord> Sets { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Coaches whose consent is current, by coach id.</summary>
    [Id(6)] public Dictionary<Guid, CoachConsent> Coaches { get; set; } = [];

    /// <summary>Every consent period, current ones included, in the order they were granted.</summary>
    [Id(7)] public List<CoachConsent> Consents { get; set; } = [];

    /// <summary>As a coach: a client with no set for this many days is flagged inactive on the roster.</summary>
    [Id(8)] public int CoachInactiveAfterDays { get; set; } = Progress.ProgressReporter.DefaultInactiveAfterDays;

    public bool IsRegistered => RegisteredAt is not null;

    /// <summary>Whether an invite code already opened a consent period in this stream (codes are single use).</summary>
    public bool UsedInviteCode(string code) => Consents.Exists(c => c.InviteCode == code);

    public void Apply(UserEvent e)
    {
        switch (e)
        {
            case UserRegistered r:
                UserId = r.UserId;
                Username = r.Username;
                DisplayName = r.DisplayName;
                TimeZone = r.TimeZone;
                RegisteredAt = r.RegisteredAt;
                break;
            case UserProfileChanged p:
                DisplayName = p.DisplayName;
                TimeZone = p.TimeZone;
                break;
            case SetLogged l:
                Sets.TryAdd(l.Set.SetId, new SetRecord(l.Set, l.Set, false, l.LoggedAt, l.LoggedAt, 0));
                break;
            case SetCorrected c when Sets.TryGetValue(c.Set.SetId, out var record):
                Sets[c.Set.SetId] = record with { Current = c.Set, UpdatedAt = c.CorrectedAt, CorrectedAt = c.CorrectedAt, Revision = record.Revision + 1 };
                break;
            case SetVoided v when Sets.TryGetValue(v.SetId, out var record):
                Sets[v.SetId] = record with { Voided = true, UpdatedAt = v.VoidedAt };
                break;
            case CoachAccessGranted g when !Coaches.ContainsKey(g.CoachId) && !UsedInviteCode(g.InviteCode):
                var consent = new CoachConsent(g.CoachId, g.GrantedAt, g.InviteCode);
                Coaches.Add(g.CoachId, consent);
                Consents.Add(consent);
                break;
            case CoachAccessRevoked r when Coaches.Remove(r.CoachId, out var current):
                Consents[Consents.LastIndexOf(current)] = current with { RevokedAt = r.RevokedAt };
                break;
            case CoachSettingsChanged c:
                CoachInactiveAfterDays = c.InactiveAfterDays;
                break;
            default:
                break;
        }
    }
}
