using Npgsql;
using NpgsqlTypes;

namespace HeelChallenge.EventStore.PostgreSql;

/// <summary>The rows of one transaction, column by column (inserted with one unnest).</summary>
internal sealed class EventRows
{
    private readonly List<long> _positions = [];
    private readonly List<string> _streams = [];
    private readonly List<long> _versions = [];
    private readonly List<Guid> _ids = [];
    private readonly List<string> _types = [];
    private readonly List<string> _data = [];
    private readonly List<string?> _metadata = [];
    private readonly List<DateTimeOffset> _recordedAt = [];

    public int Count => _positions.Count;

    public void Add(long position, string streamId, long version, EventData e, DateTimeOffset recordedAt)
    {
        _positions.Add(position);
        _streams.Add(streamId);
        _versions.Add(version);
        _ids.Add(e.EventId);
        _types.Add(e.Type);
        _data.Add(e.Data);
        _metadata.Add(e.Metadata);
        _recordedAt.Add(recordedAt);
    }

    public void AddParameters(NpgsqlParameterCollection parameters)
    {
        parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. _positions] });
        parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. _streams] });
        parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. _versions] });
        parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. _ids] });
        parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. _types] });
        parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. _data] });
        parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. _metadata], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. _recordedAt] });
    }
}
