namespace HeelChallenge.Abstractions.Users;

/// <summary>What a set command did; the gateway maps it to 201, 200, 204 or an error.</summary>
public enum SetOutcome
{
    Refused = 0,
    Created = 1,

    /// <summary>The same set id and body again (a retry): nothing stored.</summary>
    Unchanged = 2,
    Corrected = 3,
    Voided = 4,
}
