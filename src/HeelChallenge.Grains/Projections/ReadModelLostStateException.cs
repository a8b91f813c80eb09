namespace HeelChallenge.Grains.Projections;

/// <summary>A read model restarted and lost events it had applied but not saved: the projector rewinds to its checkpoint.</summary>
public sealed class ReadModelLostStateException : Exception
{
    public ReadModelLostStateException() { }

    public ReadModelLostStateException(string message) : base(message) { }

    public ReadModelLostStateException(string message, Exception inner) : base(message, inner) { }
}
