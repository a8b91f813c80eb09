namespace HeelChallenge.Grains.Projections;

/// <summary>
/// The projector's durable state besides its position (which is the snapshot's version): the read-model generation,
/// the routes' schema, the latest rebuild, and the routing state. Binary, because the routing state can be large.
/// </summary>
internal static class ProjectorCheckpoint
{
    private const int Format = 1;

    public static byte[] Write(long generation, ProjectionRoutes routes, RebuildMark? rebuild)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Format);
            writer.Write(routes.Schema);
            writer.Write(generation);
            writer.Write(rebuild is not null);
            if (rebuild is not null)
            {
                writer.Write(rebuild.Generation);
                writer.Write(rebuild.StartedAt.UtcTicks);
                writer.Write(rebuild.TargetPosition);
                writer.Write(rebuild.CompletedAt?.UtcTicks ?? 0L);
            }

            routes.WriteState(writer);
        }

        return stream.ToArray();
    }

    /// <summary>Reads a checkpoint into <paramref name="routes"/>; false (routes reset) when it is not one this code wrote.</summary>
    public static bool TryRead(byte[] data, ProjectionRoutes routes, out long generation, out int schema, out RebuildMark? rebuild)
    {
        (generation, schema, rebuild) = (0, 0, null);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(data));
            if (reader.ReadInt32() != Format) return Fail(routes);
            schema = reader.ReadInt32();
            generation = reader.ReadInt64();
            if (reader.ReadBoolean())
            {
                var (rebuildGeneration, started, target, completed) = (reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64());
                rebuild = new RebuildMark(rebuildGeneration, new DateTimeOffset(started, TimeSpan.Zero), target,
                    completed == 0 ? null : new DateTimeOffset(completed, TimeSpan.Zero));
            }

            if (schema != routes.Schema) return true; // the caller rebuilds; the old routing state means nothing now
            routes.ReadState(reader);
            return true;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException)
        {
            return Fail(routes);
        }
    }

    private static bool Fail(ProjectionRoutes routes)
    {
        routes.Reset();
        return false;
    }
}
