using System.Text;

namespace HeelChallenge.Gateway.Tests.Infrastructure;

/// <summary>Input the binder cannot read is a 4xx problem naming the field, never a 500 or an empty 400.</summary>
[Collection(GatewayCollection.Name)]
public sealed class JsonBindingTests(GatewayFactory factory)
{
    [Theory]
    [InlineData("""{"setId":"a","exerciseId":"leg-press","reps":10,""", "body")]
    [InlineData("""{"setId":"a" "exerciseId":"leg-press"}""", "body")]
    [InlineData("""not json at all""", "body")]
    [InlineData("""[1,2,3]""", "body")]
    [InlineData("""{"setId":"a","reps":{"n":10}}""", "reps")]
    [InlineData("""{"setId":"a","loadKg":"heavy"}""", "loadKg")]
    [InlineData("""{"setId":"a","side":7}""", "side")]
    [InlineData("""{"setId":"a","performedAt":"2025-06-01T07:30:00"}""", "performedAt")]
    [InlineData("""{"setId":"a","performedAt":"last tuesday"}""", "performedAt")]
    [InlineData("""{"setId":"a","setId":"b"}""", "setId")]
    [InlineData("""{"setId":"a","extra":{"nested":true}}""", "extra")]
    public async Task Given_unreadable_json_When_posting_a_set_Then_400_problem_naming_the_field(string json, string field)
    {
        var user = await factory.SharedUserAsync();

        var response = await user.Client.PostAsync("/api/me/sets", SetBodies.Raw(json));

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task Given_no_body_When_posting_a_set_Then_400_naming_body(string json)
    {
        var user = await factory.SharedUserAsync();

        var response = await user.Client.PostAsync("/api/me/sets", SetBodies.Raw(json));

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.BadRequest, "body");
    }

    [Fact]
    public async Task Given_a_body_that_is_not_json_When_posting_Then_415_problem()
    {
        var user = await factory.SharedUserAsync();

        var response = await user.Client.PostAsync("/api/me/sets", new StringContent("setId=a", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.UnsupportedMediaType, "body");
    }

    [Fact]
    public async Task Given_malformed_json_When_creating_an_account_Then_400_not_500()
    {
        var response = await factory.CreateClient().PostAsync("/api/accounts", SetBodies.Raw("""{"username": """));

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.BadRequest, "body");
    }
}
