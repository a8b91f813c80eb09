using HeelChallenge.Abstractions;
using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.EventSourcing;
using HeelChallenge.Grains.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Providers;

namespace HeelChallenge.Grains.Users;

/// <summary>One user's stream (user-{userId:N}): decides with <see cref="UserDecider"/>, answers once durable.</summary>
[LogConsistencyProvider(ProviderName = EventSourcingDefaults.ProviderName)]
public sealed class UserGrain(EventSourcingServices<UserEvent> services, ExerciseCatalog catalog, HeelChallengeMetrics metrics)
    : EventSourcedGrain<UserState, UserEvent>(services), IUserGrain
{
    public const int MaxPageSize = 100;

    private static readonly DomainError UnknownInvite = DomainError.NotFound("code", "No coach invite has this code.");

    private readonly SetIndex _index = new();

    protected override string CreateStreamId() => StreamIds.ForUser(this.GetPrimaryKey());

    /// <summary>2: the binary <see cref="UserStateSnapshotCodec"/> (1 was JSON: such a snapshot is refused on load and replaced at the next write).</summary>
    protected override int SnapshotSchema => 2;

    protected override ISnapshotCodec<UserState> SnapshotCodec => UserStateSnapshotCodec.Instance;

    protected override void Apply(UserState state, UserEvent @event) => state.Apply(@event);

    protected override void OnConfirmedStateLoaded(UserState state) => _index.Rebuild(state.Sets.Values);

    protected override void OnConfirmedEventApplied(UserState state, UserEvent @event)
    {
        var setId = @event switch
        {
            SetLogged e => e.Set.SetId,
            SetCorrected e => e.Set.SetId,
            SetVoided e => e.SetId,
            _ => null,
        };
        if (setId is not null && state.Sets.TryGetValue(setId, out var record)) _index.Update(record);
    }

    public async Task<CommandResult> Register(RegisterUser command) =>
        ToResult(await RaiseAndConfirm(UserDecider.Register(State, this.GetPrimaryKey(), command, Now)));

    public async Task<CommandResult> ChangeProfile(ChangeProfile command) =>
        ToResult(await RaiseAndConfirm(UserDecider.ChangeProfile(State, command, Now)));

    public async Task<SetCommandResult> LogSet(LoggedSet set)
    {
        if (SetRules.ValidateSetId(set.SetId) is { } badId) return Refused([badId], null);
        var decision = UserDecider.LogSet(State, set, catalog, Now);
        var errors = await RaiseAndConfirm(decision);
        if (errors.Count > 0) return Refused(errors, set.SetId);
        if (decision.Events.Count == 0) return Answer(SetOutcome.Unchanged, set.SetId);

        metrics.SetLogged(set.ExerciseId);
        return Answer(SetOutcome.Created, set.SetId);
    }

    public async Task<SetCommandResult> CorrectSet(LoggedSet set)
    {
        if (SetRules.ValidateSetId(set.SetId) is { } badId) return Refused([badId], null);
        var decision = UserDecider.CorrectSet(State, set, catalog, Now);
        var errors = await RaiseAndConfirm(decision);
        if (errors.Count > 0) return Refused(errors, set.SetId);
        return Answer(decision.Events.Count == 0 ? SetOutcome.Unchanged : SetOutcome.Corrected, set.SetId);
    }

    public async Task<SetCommandResult> VoidSet(string setId)
    {
        if (SetRules.ValidateSetId(setId) is { } badId) return Refused([badId], null);
        var errors = await RaiseAndConfirm(UserDecider.VoidSet(State, setId, Now));
        return errors.Count > 0 ? Refused(errors, setId) : Answer(SetOutcome.Voided, setId);
    }

    public Task<UserProfile?> GetProfile() => Task.FromResult(
        State.IsRegistered
            ? new UserProfile(State.UserId, State.Username ?? "", State.DisplayName, State.TimeZone, State.RegisteredAt!.Value,
                State.Sets.Values.Count(s => !s.Voided))
            : null);

    public Task<SetView?> GetSet(string setId) =>
        Task.FromResult(setId is not null && State.Sets.TryGetValue(setId, out var record) ? record.ToView() : null);

    /// <summary>Newest performedAt first (ties: set id ordinal, descending); From inclusive, To exclusive.</summary>
    public Task<SetPage> GetSets(SetQuery query)
    {
        var before = query.To is { } to ? SetKey.Before(to.UtcTicks) : new SetKey(long.MaxValue, "");
        if (query.Cursor is not null)
        {
            if (!SetCursor.TryDecode(query.Cursor, out var after))
                return Task.FromResult(new SetPage([], null, "cursor is not a cursor returned by this list."));
            if (after.CompareTo(before) < 0) before = after;
        }

        var from = query.From is { } f ? SetKey.Before(f.UtcTicks) : new SetKey(long.MinValue, "");
        var limit = Math.Clamp(query.Limit, 1, MaxPageSize);
        var keys = _index.NewestFirst(before, from, query.IncludeVoided).Take(limit + 1).ToList();
        var page = keys.Take(limit).Select(k => State.Sets[k.SetId].ToView()).ToList();
        var next = keys.Count > limit ? SetCursor.Encode(keys[limit - 1]) : null;
        return Task.FromResult(new SetPage(page, next));
    }

    public Task<IReadOnlyList<ExerciseSummary>> GetSummary() => Task.FromResult(ExerciseSummaries.Compute(State, catalog));

    /// <summary>
    /// Two writes in two streams, made safe by their order and their idempotency: the code is redeemed first (for this
    /// client, once), then the grant is stored here (once per code). If the grant fails after the redeem, a retry with
    /// the same code finds the code redeemed by this very client and goes on to the grant. A coach who is already
    /// current costs no code: the code stays usable.
    /// </summary>
    public async Task<CoachAccessResult> AcceptCoachInvite(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!State.IsRegistered) return CoachAccessResult.Refused([DomainError.NotFound("user", "This user does not exist.")]);
        var invite = GrainFactory.GetGrain<ICoachInviteGrain>(code);
        if (await invite.Get() is not { } view) return CoachAccessResult.Refused([UnknownInvite]);

        var precheck = UserDecider.GrantCoachAccess(State, view.CoachId, code, Now);
        if (precheck.IsRefused) return CoachAccessResult.Refused(precheck.Errors);
        if (precheck.Events.Count == 0) return new(State.Coaches[view.CoachId], false, []);

        var redeemed = await invite.Redeem(State.UserId);
        if (!redeemed.IsAccepted) return CoachAccessResult.Refused(redeemed.Errors);
        var decision = UserDecider.GrantCoachAccess(State, view.CoachId, code, Now);
        var errors = await RaiseAndConfirm(decision);
        return errors.Count > 0 ? CoachAccessResult.Refused(errors) : new(State.Coaches[view.CoachId], decision.Events.Count > 0, []);
    }

    /// <summary>Once the revocation is durable, the coach's roster hears it at once, not only when the projector brings it.</summary>
    public async Task<CommandResult> RevokeCoachAccess(Guid coachId)
    {
        var period = State.Coaches.GetValueOrDefault(coachId);
        var decision = UserDecider.RevokeCoachAccess(State, coachId, Now);
        var errors = await RaiseAndConfirm(decision);
        if (errors.Count > 0) return CommandResult.Refused(errors);
        if (decision.Events.Count > 0 && period is not null)
        {
            try
            {
                await GrainFactory.Reference<ICoachRosterGrain>(coachId).ClientRevoked(State.UserId, period.InviteCode);
            }
            catch (Exception e)
            {
                // The revocation is stored; the projector removes the client from the roster a moment later anyway.
                Logger.LogWarning(e, "Could not tell the roster of coach {CoachId} that user {UserId} revoked access.", coachId, State.UserId);
            }
        }

        return CommandResult.Accepted;
    }

    public async Task<CommandResult> ChangeCoachSettings(int inactiveAfterDays) =>
        ToResult(await RaiseAndConfirm(UserDecider.ChangeCoachSettings(State, inactiveAfterDays, Now)));

    public Task<CoachSettings> GetCoachSettings() => Task.FromResult(new CoachSettings(State.CoachInactiveAfterDays));

    public Task<CoachConsent?> GetCoachAccess(Guid coachId) =>
        Task.FromResult(State.Coaches.TryGetValue(coachId, out var consent) ? consent : null);

    public Task<IReadOnlyList<CoachConsent>> GetCoachConsents() => Task.FromResult<IReadOnlyList<CoachConsent>>(State.Consents.ToArray());

    private static CommandResult ToResult(IReadOnlyList<DomainError> errors) =>
        errors.Count == 0 ? CommandResult.Accepted : CommandResult.Refused(errors);

    private SetCommandResult Answer(SetOutcome outcome, string setId) =>
        new(outcome, State.Sets.TryGetValue(setId, out var record) ? record.ToView() : null, []);

    /// <summary>A refusal still shows the set as it stands, if there is one (e.g. what a 409 clashed with).</summary>
    private SetCommandResult Refused(IReadOnlyList<DomainError> errors, string? setId) =>
        new(SetOutcome.Refused, setId is not null && State.Sets.TryGetValue(setId, out var record) ? record.ToView() : null, errors);
}
