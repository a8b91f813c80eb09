using HeelChallenge.Abstractions.Challenges;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Grains.EventSourcing;
using HeelChallenge.Grains.Storage;
using Orleans.Providers;

namespace HeelChallenge.Grains.Challenges;

/// <summary>
/// One invite code (key: the normalised code; stream invite-{code}). Its single activation, and the store's
/// once-per-stream claim event behind it, make a code belong to one challenge for good.
/// </summary>
[LogConsistencyProvider(ProviderName = EventSourcingDefaults.ProviderName)]
public sealed class InviteCodeGrain(EventSourcingServices<InviteCodeEvent> services)
    : EventSourcedGrain<InviteCodeState, InviteCodeEvent>(services), IInviteCodeGrain
{
    protected override string CreateStreamId() => StreamIds.ForInvite(this.GetPrimaryKeyString());

    protected override void Apply(InviteCodeState state, InviteCodeEvent @event) => state.Apply(@event);

    /// <summary>True when the code is (now, or already) this challenge's; false when another has it or the key is
    /// not a well-formed code.</summary>
    public async Task<bool> Claim(Guid challengeId)
    {
        var code = this.GetPrimaryKeyString();
        var errors = await DecideAndConfirm(state => InviteCodeDecider.Claim(state, code, challengeId, Now));
        return errors.Count == 0 && State.ChallengeId == challengeId;
    }

    public Task<Guid?> GetChallengeId() => Task.FromResult(State.ChallengeId);
}
