using HeelChallenge.Abstractions;
using HeelChallenge.Abstractions.Challenges;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Common;
using HeelChallenge.Grains.EventSourcing;
using HeelChallenge.Grains.Storage;
using Orleans.Providers;

namespace HeelChallenge.Grains.Challenges;

/// <summary>
/// One group challenge (stream challenge-{challengeId:N}). Not reentrant, so calls run one at a time and each
/// decides on the state confirmed by all calls before it; decisions are raised conditionally
/// (<see cref="EventSourcedGrain{TState,TEvent}.DecideAndConfirm"/>), so even a second activation racing this one
/// cannot push the participants past the capacity: the loser re-decides on the re-read state.
/// </summary>
[LogConsistencyProvider(ProviderName = EventSourcingDefaults.ProviderName)]
public sealed class ChallengeGrain(EventSourcingServices<ChallengeEvent> services, ExerciseCatalog catalog)
    : EventSourcedGrain<ChallengeState, ChallengeEvent>(services), IChallengeGrain
{
    private static readonly DomainError NoProfile = DomainError.NotFound("user", "You have no profile yet; sign in again and retry.");

    protected override string CreateStreamId() => StreamIds.ForChallenge(this.GetPrimaryKey());

    protected override void Apply(ChallengeState state, ChallengeEvent @event) => state.Apply(@event);

    public async Task<ChallengeCommandResult> Create(CreateChallenge command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (code, ownerName) = (State.InviteCode, "");
        if (!State.Exists)
        {
            // Everything that can refuse comes first, so a refused definition uses up no invite code.
            var invalid = ChallengeRules.Validate(command, catalog, Now);
            if (invalid.Count > 0) return ChallengeCommandResult.Refused(invalid);
            if (await DisplayNameOf(command.OwnerId) is not { } name) return ChallengeCommandResult.Refused([NoProfile]);
            ownerName = name;
            var challengeId = this.GetPrimaryKey();
            code = await InviteCodeDraw.ClaimFirstFree(
                InviteCodeDraw.NewCode, c => GrainFactory.GetGrain<IInviteCodeGrain>(c).Claim(challengeId));
        }

        var errors = await DecideAndConfirm(state =>
            ChallengeDecider.Create(state, this.GetPrimaryKey(), command, code, ownerName, catalog, Now));
        return Answer(errors, command.OwnerId);
    }

    public async Task<ChallengeCommandResult> Join(JoinChallenge command)
    {
        ArgumentNullException.ThrowIfNull(command);
        // A refusal needs no display name: only ask the user's grain when the join can happen.
        var precheck = ChallengeDecider.Join(State, command, "?", Now);
        if (precheck.IsRefused) return ChallengeCommandResult.Refused(precheck.Errors);
        var name = State.Participants.TryGetValue(command.UserId, out var known) ? known : await DisplayNameOf(command.UserId);
        if (name is null) return ChallengeCommandResult.Refused([NoProfile]);

        var errors = await DecideAndConfirm(state => ChallengeDecider.Join(state, command, name, Now));
        return Answer(errors, command.UserId);
    }

    public async Task<CommandResult> Leave(Guid userId) =>
        ToResult(await DecideAndConfirm(state => ChallengeDecider.Leave(state, userId, Now)));

    public async Task<CommandResult> End(Guid callerId) =>
        ToResult(await DecideAndConfirm(state => ChallengeDecider.End(state, callerId, Now)));

    public async Task<CommandResult> Cancel(Guid callerId) =>
        ToResult(await DecideAndConfirm(state => ChallengeDecider.Cancel(state, callerId, Now)));

    public Task<ChallengeView?> Get(Guid callerId) =>
        Task.FromResult(State.IsVisibleTo(callerId) ? ChallengeViews.For(State, callerId, Now) : null);

    public Task<bool> CanView(Guid callerId) => Task.FromResult(State.IsVisibleTo(callerId));

    private async Task<string?> DisplayNameOf(Guid userId) =>
        (await GrainFactory.Reference<IUserGrain>(userId).GetProfile())?.DisplayName;

    private ChallengeCommandResult Answer(IReadOnlyList<DomainError> errors, Guid callerId) =>
        errors.Count > 0 ? ChallengeCommandResult.Refused(errors) : new(ChallengeViews.For(State, callerId, Now), []);

    private static CommandResult ToResult(IReadOnlyList<DomainError> errors) =>
        errors.Count == 0 ? CommandResult.Accepted : CommandResult.Refused(errors);
}
