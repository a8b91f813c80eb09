namespace HeelChallenge.Grains.EventSourcing;

public static class EventSourcingDefaults
{
    /// <summary>Name of Orleans' CustomStorage log-consistency provider, as grains name it in
    /// <c>[LogConsistencyProvider(ProviderName = ...)]</c>.</summary>
    public const string ProviderName = "CustomStorage";
}
