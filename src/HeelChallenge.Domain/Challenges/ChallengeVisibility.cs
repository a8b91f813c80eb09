namespace HeelChallenge.Domain.Challenges;

public static class ChallengeVisibility
{
    public const string Public = "public";
    public const string Private = "private";

    public static bool IsValid(string? value) => value is Public or Private;
}
