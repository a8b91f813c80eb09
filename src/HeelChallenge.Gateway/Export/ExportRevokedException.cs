namespace HeelChallenge.Gateway.Export;

/// <summary>The client revoked the coach's access while the coach's export was being written: the response is cut off.</summary>
public sealed class ExportRevokedException : Exception
{
    public ExportRevokedException(Guid userId) : base($"User {userId} revoked the coach's access during the export.") { }

    public ExportRevokedException() { }

    public ExportRevokedException(string message) : base(message) { }

    public ExportRevokedException(string message, Exception inner) : base(message, inner) { }
}
