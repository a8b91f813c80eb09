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
        // One reference, published whole: a reader never sees half of the two names (a struct could tear).
        private static InterfaceNames? _names;

        // A race resolves twice and stores equal names: harmless.
        public static (GrainType, GrainInterfaceType) Of(IGrainFactory grains)
        {
            var names = Volatile.Read(ref _names) ?? Resolve(grains);
            return (names.GrainType, names.InterfaceType);
        }

        private static InterfaceNames Resolve(IGrainFactory grains)
        {
            var sample = (GrainReference)(object)grains.GetGrain<T>(Guid.Empty);
            var names = new InterfaceNames(sample.GrainId.Type, sample.InterfaceType);
            Volatile.Write(ref _names, names);
            return names;
        }
    }

    private sealed record InterfaceNames(GrainType GrainType, GrainInterfaceType InterfaceType);
}
