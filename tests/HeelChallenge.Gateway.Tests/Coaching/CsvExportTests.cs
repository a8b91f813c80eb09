using System.Text;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Gateway.Export;

namespace HeelChallenge.Gateway.Tests.Coaching;

public sealed class CsvExportTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("lf\nonly", "\"lf\nonly\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Given_a_value_When_written_as_a_field_Then_quoted_only_when_rfc4180_requires_it(string? value, string expected) =>
        Assert.Equal(expected, CsvExport.Field(new StringBuilder(), value).ToString());

    [Fact]
    public void Given_a_set_When_written_as_a_row_Then_ten_fields_in_header_order_and_a_crlf()
    {
        var set = new SetView("s,1", "arch-rolls", "left", null, 45, 2.5m,
            new DateTimeOffset(2025, 6, 1, 7, 30, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2025, 6, 1, 5, 31, 0, 500, TimeSpan.Zero), null, false);

        var row = new StringBuilder();
        CsvExport.AppendRow(row, set);

        Assert.Equal("\"s,1\",arch-rolls,left,,45,2.5,2025-06-01T07:30:00+02:00,2025-06-01T05:31:00.5+00:00,,false\r\n", row.ToString());
    }
}
