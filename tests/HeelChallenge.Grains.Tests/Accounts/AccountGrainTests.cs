using HeelChallenge.Abstractions.Accounts;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Accounts;
using HeelChallenge.Domain.Common;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Tests.Accounts;

[Collection(ClusterCollection.Name)]
public sealed class AccountGrainTests(ClusterFixture fixture)
{
    private static string NewUsername() => "Ada." + Guid.NewGuid().ToString("N")[..10];

    private static OpenAccount Open(string username, Guid? userId = null) =>
        new(username, userId ?? Guid.NewGuid(), "AQAAAAIAAYagAAAAEHashHashHash==", "Ada", "Europe/London");

    private IAccountGrain Account(string username) => fixture.Grains.GetGrain<IAccountGrain>(Usernames.Normalize(username));

    [Fact]
    public async Task Given_a_free_username_When_opened_Then_the_credential_and_the_users_profile_exist()
    {
        var username = NewUsername();
        var command = Open(username);

        var result = await Account(username).Open(command);

        Assert.True(result.IsAccepted, string.Join("; ", result.Errors));
        var credential = await Account(username).GetCredential();
        Assert.Equal(new AccountCredential(command.UserId, Usernames.Normalize(username), command.PasswordHash), credential);
        var profile = await fixture.Grains.GetGrain<IUserGrain>(command.UserId).GetProfile();
        Assert.Equal((Usernames.Normalize(username), "Ada", "Europe/London"), (profile!.Username, profile.DisplayName, profile.TimeZone));
        var events = await fixture.Store.ReadStreamAsync(StreamIds.ForAccount(Usernames.Normalize(username)));
        Assert.Equal("account-registered.v1", Assert.Single(events).Type);
    }

    [Fact]
    public async Task Given_a_taken_username_When_opened_again_in_another_case_Then_conflict_and_the_first_owner_keeps_it()
    {
        var username = NewUsername();
        var first = Open(username);
        await Account(username).Open(first);

        var second = await Account(username.ToUpperInvariant()).Open(Open(username.ToUpperInvariant()));

        var error = Assert.Single(second.Errors);
        Assert.Equal((ErrorKind.Conflict, "username"), (error.Kind, error.Field));
        Assert.Equal(first.UserId, (await Account(username).GetCredential())!.UserId);
    }

    [Fact]
    public async Task Given_an_opened_account_When_the_same_request_is_retried_Then_accepted_and_stored_once()
    {
        var username = NewUsername();
        var command = Open(username);
        await Account(username).Open(command);

        var retried = await Account(username).Open(command);

        Assert.True(retried.IsAccepted);
        Assert.Single(await fixture.Store.ReadStreamAsync(StreamIds.ForAccount(Usernames.Normalize(username))));
    }

    [Fact]
    public async Task Given_no_account_When_the_credential_is_requested_Then_null()
    {
        Assert.Null(await Account(NewUsername()).GetCredential());
    }

    [Fact]
    public async Task Given_invalid_input_When_opened_Then_refused_naming_the_fields()
    {
        var username = NewUsername();
        var command = Open(username) with { DisplayName = "", TimeZone = "Nowhere/City" };

        var result = await Account(username).Open(command);
        var misrouted = await Account("someone-else").Open(Open(username));

        Assert.Equal(["displayName", "timeZone"], result.Errors.Select(e => e.Field).Order());
        Assert.Equal("username", Assert.Single(misrouted.Errors).Field);
        Assert.Null(await Account(username).GetCredential());
    }

    [Fact]
    public async Task Given_an_account_whose_user_profile_was_never_written_When_the_credential_is_requested_Then_the_profile_is_repaired()
    {
        // A crash between the account's write and the user's: only the account event is stored.
        var username = Usernames.Normalize(NewUsername());
        var userId = Guid.NewGuid();
        var streamId = StreamIds.ForAccount(username);
        var serializer = fixture.SiloService<EventSerializer<AccountEvent>>();
        var registered = new AccountRegistered(userId, username, "hash", "Grace", "Asia/Tokyo", DateTimeOffset.UtcNow);
        await fixture.Store.AppendAsync(streamId, 0, [serializer.Serialize(streamId, registered)]);
        Assert.Null(await fixture.Grains.GetGrain<IUserGrain>(userId).GetProfile());

        var credential = await Account(username).GetCredential();

        Assert.Equal(userId, credential!.UserId);
        var profile = await fixture.Grains.GetGrain<IUserGrain>(userId).GetProfile();
        Assert.Equal((username, "Grace", "Asia/Tokyo"), (profile!.Username, profile.DisplayName, profile.TimeZone));
    }
}
