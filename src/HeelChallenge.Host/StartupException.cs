namespace HeelChallenge.Host;

/// <summary>A configuration the host cannot start with; the message says what to change.</summary>
public sealed class StartupException : Exception
{
    public StartupException(string message) : base(message) { }

    public StartupException(string message, Exception inner) : base(message, inner) { }

    public StartupException() { }
}
