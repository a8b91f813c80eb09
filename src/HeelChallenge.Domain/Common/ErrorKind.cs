namespace HeelChallenge.Domain.Common;

/// <summary>Why a command was refused; the gateway maps each kind to one HTTP status.</summary>
public enum ErrorKind
{
    /// <summary>400: the input is malformed or out of range.</summary>
    Validation = 0,

    /// <summary>409: the input is fine but clashes with what is stored.</summary>
    Conflict = 1,

    /// <summary>404: the thing does not exist (or the caller may not know that it does).</summary>
    NotFound = 2,

    /// <summary>403: the caller may see the thing but not do this to it.</summary>
    Forbidden = 3,

    /// <summary>410: the thing existed but is no longer usable (an expired invite code).</summary>
    Gone = 4,
}
