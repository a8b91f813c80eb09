namespace HeelChallenge.Domain.Catalog;

/// <summary>A broken catalog stops start-up with this message.</summary>
public sealed class CatalogException : Exception
{
    public CatalogException(string message) : base(message) { }

    public CatalogException(string message, Exception inner) : base(message, inner) { }

    public CatalogException() { }
}
