using Microsoft.Extensions.Logging;

namespace HeelChallenge.Grains.Projections;

/// <summary>The projector's log messages (source-generated).</summary>
public sealed partial class ProjectorGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Projector {Kind} active: generation {Generation}, checkpoint {Checkpoint}.")]
    private static partial void LogActivated(ILogger logger, string kind, long generation, long checkpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projector {Kind} rebuilds (generation {Generation}, {Head} events) because {Why}.")]
    private static partial void LogRebuildStarted(ILogger logger, string kind, long generation, long head, string why);

    [LoggerMessage(Level = LogLevel.Information, Message = "Projector {Kind} starts on an empty log (generation {Generation}).")]
    private static partial void LogStartedOnEmptyLog(ILogger logger, string kind, long generation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Projector {Kind} rebuilt {Events} events in {Seconds:0.0} s.")]
    private static partial void LogRebuildCompleted(ILogger logger, string kind, long events, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projector {Kind}: the checkpoint has schema {Stored}, the code {Current}.")]
    private static partial void LogSchemaChanged(ILogger logger, string kind, int stored, int current);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projector {Kind} failed at {Position} (checkpoint {Checkpoint}); rewinding, next try in {BackoffMs} ms.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string kind, long position, long checkpoint, double backoffMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projector {Kind} could not reload its checkpoint.")]
    private static partial void LogRewindFailed(ILogger logger, Exception exception, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projector {Kind} could not checkpoint while deactivating.")]
    private static partial void LogCheckpointOnDeactivationFailed(ILogger logger, Exception exception, string kind);
}
