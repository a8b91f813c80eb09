using HeelChallenge.Domain.Common;
using HeelChallenge.Gateway.Problems;
using Microsoft.AspNetCore.Http;

namespace HeelChallenge.Gateway.Tests.Infrastructure;

public sealed class DomainProblemTests
{
    [Theory]
    [InlineData(new[] { ErrorKind.Validation, ErrorKind.Validation }, StatusCodes.Status400BadRequest)]
    [InlineData(new[] { ErrorKind.Validation, ErrorKind.Conflict }, StatusCodes.Status409Conflict)]
    [InlineData(new[] { ErrorKind.Conflict, ErrorKind.Forbidden }, StatusCodes.Status403Forbidden)]
    [InlineData(new[] { ErrorKind.Forbidden, ErrorKind.NotFound }, StatusCodes.Status404NotFound)]
    public void Given_refusals_of_several_kinds_When_mapping_Then_the_strongest_status_and_every_field(ErrorKind[] kinds, int status)
    {
        var errors = kinds.Select((kind, i) => new DomainError(kind, "field" + i, "problem " + i)).ToList();

        var problem = ApiProblems.FromDomain(errors).ProblemDetails;

        Assert.Equal(status, problem.Status);
        var validation = Assert.IsType<HttpValidationProblemDetails>(problem);
        Assert.Equal(kinds.Select((_, i) => "field" + i), validation.Errors.Keys.Order());
        Assert.Contains("problem 1", problem.Detail);
    }
}
