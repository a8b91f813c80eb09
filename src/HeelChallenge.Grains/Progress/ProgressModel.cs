using HeelChallenge.Domain.Progress;

namespace HeelChallenge.Grains.Progress;

/// <summary>What a <see cref="ProgressGrain"/> folds: the progress state, the display name and the current coaches.</summary>
[GenerateSerializer, Alias("progress-model")]
public sealed class ProgressModel
{
    [Id(0)] public ProgressState State { get; set; } = new();

    [Id(1)] public string DisplayName { get; set; } = "";

    [Id(2)] public HashSet<Guid> Coaches { get; set; } = [];
}
