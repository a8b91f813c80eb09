using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Tests.Users;

[Collection(ClusterCollection.Name)]
public sealed class UserGrainProfileTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_new_user_When_registered_Then_profile_shows_name_zone_and_no_sets()
    {
        var id = Guid.NewGuid();
        var grain = fixture.Grains.GetGrain<IUserGrain>(id);

        var result = await grain.Register(new RegisterUser("ada", "  Ada Lovelace ", "Europe/Paris"));

        Assert.True(result.IsAccepted);
        var profile = await grain.GetProfile();
        Assert.NotNull(profile);
        Assert.Equal((id, "ada", "Ada Lovelace", "Europe/Paris", 0), (profile.UserId, profile.Username, profile.DisplayName, profile.TimeZone, profile.SetCount));
        var events = await fixture.Store.ReadStreamAsync(StreamIds.ForUser(id));
        Assert.Equal("user-registered.v1", Assert.Single(events).Type);
        Assert.Equal("user-" + id.ToString("N"), events[0].StreamId);
    }

    [Fact]
    public async Task Given_registered_user_When_registered_again_with_same_username_Then_accepted_and_nothing_stored()
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);
        var profile = await grain.GetProfile();

        var again = await grain.Register(new RegisterUser(profile!.Username, "Other Name", "UTC"));

        Assert.True(again.IsAccepted);
        Assert.Single(await fixture.Store.ReadStreamAsync(StreamIds.ForUser(id)));
        Assert.Equal("Test User", (await grain.GetProfile())!.DisplayName);
    }

    [Fact]
    public async Task Given_new_user_When_registered_with_bad_time_zone_and_blank_name_Then_refused_naming_both_fields()
    {
        var id = Guid.NewGuid();
        var grain = fixture.Grains.GetGrain<IUserGrain>(id);

        var result = await grain.Register(new RegisterUser("bob", " ", "Mars/Olympus_Mons"));

        Assert.Equal(["displayName", "timeZone"], result.Errors.Select(e => e.Field).Order());
        Assert.All(result.Errors, e => Assert.Equal(ErrorKind.Validation, e.Kind));
        Assert.Null(await grain.GetProfile());
        Assert.Empty(await fixture.Store.ReadStreamAsync(StreamIds.ForUser(id)));
    }

    [Fact]
    public async Task Given_unregistered_user_When_logging_a_set_Then_refused_not_found()
    {
        var grain = fixture.Grains.GetGrain<IUserGrain>(Guid.NewGuid());

        var result = await grain.LogSet(TestSets.LegPress());

        Assert.Equal(SetOutcome.Refused, result.Outcome);
        Assert.Equal(ErrorKind.NotFound, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public async Task Given_registered_user_When_profile_changed_Then_profile_shows_new_values()
    {
        var (_, grain) = await TestSets.NewUser(fixture.Grains);

        var result = await grain.ChangeProfile(new ChangeProfile("Grace", "America/New_York"));

        Assert.True(result.IsAccepted);
        var profile = await grain.GetProfile();
        Assert.Equal(("Grace", "America/New_York"), (profile!.DisplayName, profile.TimeZone));
    }
}
