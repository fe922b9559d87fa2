using System.Globalization;

namespace Crm.Renewals.Plugins.Domain.Json;

/// <summary>
/// Position in the JSON text being read, with the 1-based line and column every error message
/// reports. Only whitespace can contain a line break (strings refuse raw control characters), so
/// lines are counted while skipping whitespace.
/// </summary>
internal sealed class JsonCursor
{
    private const char FirstPrintable = ' ';

    private readonly string text;
    private int lineStart;

    public JsonCursor(string text)
    {
        this.text = text;
        Line = 1;
    }

    public int Position { get; private set; }

    public int Line { get; private set; }

    public int Column => Position - lineStart + 1;

    public bool AtEnd => Position >= text.Length;

    public char Current => text[Position];

    public string Text => text;

    public static string Show(char c) =>
        c < FirstPrintable || char.IsWhiteSpace(c) || char.IsSurrogate(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format
            ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
            : "'" + c + "'";

    public static bool IsControl(char c) => c < FirstPrintable;

    public bool Is(char expected) => !AtEnd && Current == expected;

    public void Advance(int count = 1) => Position += count;

    public void SkipWhitespace()
    {
        while (!AtEnd)
        {
            var c = Current;
            var lineBreak = c == '\n' || (c == '\r' && (Position + 1 >= text.Length || text[Position + 1] != '\n'));
            if (lineBreak)
            {
                Position++;
                Line++;
                lineStart = Position;
            }
            else if (c == ' ' || c == '\t' || c == '\r')
            {
                Position++;
            }
            else
            {
                return;
            }
        }
    }

    public JsonParseException Error(string problem) => new(Line, Column, problem);

    public static JsonParseException ErrorAt(int line, int column, string problem) => new(line, column, problem);
}
