using System.Text;

namespace HeelChallenge.EventStore.Tests;

/// <summary>The pooled page of log rows projections read: every row keeps its own bytes until the batch is disposed.</summary>
public sealed class EventRowBatchTests
{
    [Fact]
    public void Given_more_rows_than_its_capacity_and_payloads_past_one_buffer_When_filled_Then_each_row_reads_back_its_own_values()
    {
        using var batch = EventRowBatch.Rent(4);
        var payloads = Enumerable.Range(0, 50).Select(i => Encoding.UTF8.GetBytes($"{{\"i\":{i},\"pad\":\"{new string('x', i * 3_000)}\"}}")).ToArray();

        for (var i = 0; i < payloads.Length; i++)
        {
            batch.Add(i + 1, $"user-{i}", i + 10, Guid.NewGuid(), "set-logged.v1", payloads[i], i % 2 == 0 ? null : "{}", DateTimeOffset.UnixEpoch.AddSeconds(i));
        }

        Assert.Equal(payloads.Length, batch.Count);
        for (var i = 0; i < payloads.Length; i++)
        {
            var row = batch[i];
            Assert.Equal((i + 1L, $"user-{i}", i + 10L, i % 2 == 0 ? null : "{}"), (row.Position, row.StreamId, row.StreamVersion, row.Metadata));
            Assert.True(payloads[i].AsSpan().SequenceEqual(row.Utf8Data.Span), $"row {i}: other bytes");
        }

        Assert.Equal(batch.Count, batch.Rows.Length);
    }

    [Fact]
    public void Given_a_disposed_batch_When_its_rows_are_read_Then_it_refuses_instead_of_answering_from_reused_buffers()
    {
        var batch = EventRowBatch.From([new RecordedEvent(1, "user-a", 1, Guid.NewGuid(), "t", "{}", null, DateTimeOffset.UnixEpoch)]);
        Assert.Equal("{}", Encoding.UTF8.GetString(batch[0].Utf8Data.Span));

        batch.Dispose();
        batch.Dispose();

        Assert.Throws<ObjectDisposedException>(() => batch[0]);
        Assert.Throws<ObjectDisposedException>(() => batch.Rows.Length);
        Assert.Throws<ObjectDisposedException>(() => batch.Add(2, "user-a", 2, Guid.NewGuid(), "t", "{}"u8, null, DateTimeOffset.UnixEpoch));
    }
}
