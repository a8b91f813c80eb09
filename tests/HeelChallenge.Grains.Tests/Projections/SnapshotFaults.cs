namespace HeelChallenge.Grains.Tests.Projections;

/// <summary>Switch shared by the test silo and the tests: while on, saving any projection snapshot fails.</summary>
public sealed class SnapshotFaults
{
    private volatile bool _failProjectionSaves;

    public bool FailProjectionSaves
    {
        get => _failProjectionSaves;
        set => _failProjectionSaves = value;
    }
}
