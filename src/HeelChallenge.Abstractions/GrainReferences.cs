using Orleans.Runtime;

namespace HeelChallenge.Abstractions;

/// <summary>
/// Grain references without Orleans' per-call reflection. <c>GetGrain&lt;T&gt;(key)</c> resolves the interface's grain
/// type names from its custom attributes on every call (GrainInterfaceTypeResolver keeps no cache): 10% of the CPU
/// of a rebuild of every projection, which asks for a read model's reference per event. Both names depend only on
/// the interface, so they are resolved once per interface; making a reference from them is a dictionary lookup.
/// </summary>
public static class GrainReferences
{
    public static T Reference<T>(this IGrainFactory grains, Guid key) where T : IGrainWithGuidKey
    {
        ArgumentNullException.ThrowIfNull(grains);
        var (grainType, interfaceType) = Names<T>.Of(grains);
        return (T)grains.GetGrain(GrainId.Create(grainType, GrainIdKeyExtensions.CreateGuidKey(key)), interfaceType);
    }

    private static class Names<T> where T : IGrainWithGuidKey
    {
        private static (GrainType, GrainInterfaceType)? _names;

        // A race resolves twice and stores the same names: harmless.
        public static (GrainType, GrainInterfaceType) Of(IGrainFactory grains) => _names ??= Resolve(grains);

        private static (GrainType, GrainInterfaceType) Resolve(IGrainFactory grains)
        {
            var sample = (GrainReference)(object)grains.GetGrain<T>(Guid.Empty);
            return (sample.GrainId.Type, sample.InterfaceType);
        }
    }
}
