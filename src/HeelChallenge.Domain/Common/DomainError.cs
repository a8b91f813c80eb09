namespace HeelChallenge.Domain.Common;

/// <summary>A refused command: what kind of refusal, which input field it concerns, and a sentence for humans.</summary>
[GenerateSerializer, Immutable, Alias("domain-error")]
public sealed record DomainError([property: Id(0)] ErrorKind Kind, [property: Id(1)] string Field, [property: Id(2)] string Detail)
{
    public static DomainError Invalid(string field, string detail) => new(ErrorKind.Validation, field, detail);

    public static DomainError Conflict(string field, string detail) => new(ErrorKind.Conflict, field, detail);

    public static DomainError NotFound(string field, string detail) => new(ErrorKind.NotFound, field, detail);

    public static DomainError Forbidden(string field, string detail) => new(ErrorKind.Forbidden, field, detail);

    public static DomainError Gone(string field, string detail) => new(ErrorKind.Gone, field, detail);
}
