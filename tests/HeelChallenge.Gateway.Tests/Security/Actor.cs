namespace HeelChallenge.Gateway.Tests.Security;

/// <summary>The columns of the authorization matrix, in table order.</summary>
public enum Actor
{
    /// <summary>No bearer token.</summary>
    Anonymous,

    /// <summary>The user whose data the rows are about (U).</summary>
    User,

    /// <summary>Another user, no relation to U.</summary>
    OtherUser,

    /// <summary>U's coach, consent current.</summary>
    Coach,

    /// <summary>A coach of the other user, never of U.</summary>
    OtherCoach,

    /// <summary>A former coach of U: U revoked them.</summary>
    RevokedCoach,

    /// <summary>A user with the admin role (no coach of anyone).</summary>
    Admin,
}
