using Crm.Renewals.Plugins.Domain.Renewals;

namespace Crm.Renewals.Plugins.Tests.Domain.Renewals;

public class SweepCursorTests
{
    private static readonly Guid Id = new("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    [Fact]
    public void Format_Cursor_IsStableText()
    {
        var cursor = new SweepCursor(new DateTime(2025, 1, 1, 23, 59, 0), new DateTime(2025, 4, 30), Id);

        Assert.Equal("v1|2025-01-01|2025-04-30|3f2504e0-4f89-11d3-9a0c-0305e82c3301", cursor.Format());
    }

    [Fact]
    public void TryParse_FormattedCursor_RoundTrips()
    {
        var cursor = new SweepCursor(new DateTime(2025, 1, 1), new DateTime(2025, 4, 30), Id);

        Assert.True(SweepCursor.TryParse(cursor.Format(), out var parsed, out var problem));
        Assert.Equal(cursor, parsed);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData(null)] // no text
    [InlineData("")] // empty text
    [InlineData("v2|2025-01-01|2025-04-30|3f2504e0-4f89-11d3-9a0c-0305e82c3301")] // unknown version
    [InlineData("v1|2025-13-01|2025-04-30|3f2504e0-4f89-11d3-9a0c-0305e82c3301")] // no month 13
    [InlineData("v1|2025-01-01|2025-04-30|not-a-guid")] // damaged id
    [InlineData("v1|2025-01-01|2025-04-30")] // a part missing
    [InlineData("<cookie page=\"2\" />")] // a paging cookie is not a sweep cursor
    public void TryParse_ForeignText_SaysWhatToPass(string? text)
    {
        Assert.False(SweepCursor.TryParse(text, out var cursor, out var problem));
        Assert.Null(cursor);
        Assert.Equal("The continuation \"" + text + "\" is not one this sweep returned; pass the Continuation from the previous call unchanged, or none to start a new sweep.", problem);
    }
}
