using System.Text;

namespace HeelChallenge.EventStore.Tests.Sqlite;

/// <summary>Text reaches the file as UTF-8 encoded by .NET, whatever the characters.</summary>
public sealed class SqliteTextEncodingTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("{\"note\":\"a\uD800\"}")] // a lone high surrogate right before the closing quote
    [InlineData("{\"note\":\"\uDC00b\"}")] // a lone low surrogate
    [InlineData("{\"note\":\"Relevés 👠\"}")] // a valid pair, for contrast
    public async Task Given_text_with_any_surrogates_When_appended_and_read_Then_only_the_broken_surrogate_is_replaced_and_nothing_else_changes(string data)
    {
        await using var store = SqliteTestSupport.Open(_directory.File("text.db"), groupCommit: true);
        var stream = SqliteTestSupport.NewStreamId();
        var sent = new EventData(Guid.NewGuid(), "noted", data, Metadata: "{\"by\":\"\uD83D\"}");

        Assert.IsType<AppendResult.Committed>(await store.AppendAsync(stream, 0, [sent]));
        var read = Assert.Single(await store.ReadStreamAsync(stream));

        // What .NET's UTF-8 encoder makes of it: U+FFFD for a lone surrogate, every other character kept.
        Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(data)), read.Data);
        Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(sent.Metadata!)), read.Metadata);
        Assert.EndsWith("\"}", read.Data, StringComparison.Ordinal);
    }
}
