using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Domain.Coaching;
using HeelChallenge.Domain.Common;
using HeelChallenge.Grains.EventSourcing;
using HeelChallenge.Grains.Storage;
using Orleans.Providers;

namespace HeelChallenge.Grains.Coaching;

/// <summary>
/// One coach invite code (key: the normalised code; stream coach-invite-{code}). Decisions are raised conditionally,
/// so two clients racing for one code (even through two activations) cannot both redeem it.
/// </summary>
[LogConsistencyProvider(ProviderName = EventSourcingDefaults.ProviderName)]
public sealed class CoachInviteGrain(EventSourcingServices<CoachInviteEvent> services)
    : EventSourcedGrain<CoachInviteState, CoachInviteEvent>(services), ICoachInviteGrain
{
    protected override string CreateStreamId() => StreamIds.ForCoachInvite(this.GetPrimaryKeyString());

    protected override void Apply(CoachInviteState state, CoachInviteEvent @event) => state.Apply(@event);

    public async Task<CoachInviteResult> Issue(Guid coachId, TimeSpan lifetime)
    {
        var code = this.GetPrimaryKeyString();
        return Answer(await DecideAndConfirm(state => CoachInviteDecider.Issue(state, code, coachId, lifetime, Now)));
    }

    public async Task<CoachInviteResult> Redeem(Guid clientId) =>
        Answer(await DecideAndConfirm(state => CoachInviteDecider.Redeem(state, clientId, Now)));

    public Task<CoachInviteView?> Get() => Task.FromResult(View());

    private CoachInviteResult Answer(IReadOnlyList<DomainError> errors) =>
        errors.Count > 0 ? CoachInviteResult.Refused(errors) : new(View(), []);

    private CoachInviteView? View() =>
        State.CoachId is { } coachId
            ? new CoachInviteView(State.Code, coachId, State.IssuedAt, State.ExpiresAt, State.RedeemedBy, State.RedeemedAt)
            : null;
}
