using System.Globalization;
using System.Text;

namespace Crm.Renewals.Plugins.Domain.Json;

/// <summary>Reads the two scalar tokens with an inner grammar: strings (with escapes) and numbers.</summary>
internal static class JsonScalarReader
{
    private const int HexDigitsInUnicodeEscape = 4;
    private const NumberStyles JsonNumberStyle =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Reads a string literal; the cursor stands on the opening quote.</summary>
    public static string ReadString(JsonCursor cursor)
    {
        var startLine = cursor.Line;
        var startColumn = cursor.Column;
        cursor.Advance();
        var builder = new StringBuilder();
        while (true)
        {
            if (cursor.AtEnd)
            {
                throw JsonCursor.ErrorAt(startLine, startColumn, "the string starting here is not closed with '\"'");
            }

            var c = cursor.Current;
            if (c == '"')
            {
                cursor.Advance();
                return builder.ToString();
            }

            if (JsonCursor.IsControl(c))
            {
                throw cursor.Error("the control character " + JsonCursor.Show(c) + " must be escaped inside a string (e.g. \\n, \\t)");
            }

            if (c == '\\')
            {
                builder.Append(ReadEscape(cursor));
            }
            else
            {
                builder.Append(c);
                cursor.Advance();
            }
        }
    }

    /// <summary>Reads a number; the cursor stands on its '-' or first digit.</summary>
    public static JsonNumber ReadNumber(JsonCursor cursor)
    {
        var startLine = cursor.Line;
        var startColumn = cursor.Column;
        var start = cursor.Position;
        if (cursor.Is('-'))
        {
            cursor.Advance();
            RequireDigit(cursor, "expected a digit after '-'");
        }

        if (cursor.Is('0'))
        {
            cursor.Advance();
            if (!cursor.AtEnd && IsDigit(cursor.Current))
            {
                throw cursor.Error("a number must not have a leading zero");
            }
        }
        else
        {
            SkipDigits(cursor);
        }

        if (cursor.Is('.'))
        {
            cursor.Advance();
            RequireDigit(cursor, "expected a digit after the decimal point");
            SkipDigits(cursor);
        }

        if (cursor.Is('e') || cursor.Is('E'))
        {
            cursor.Advance();
            if (cursor.Is('+') || cursor.Is('-'))
            {
                cursor.Advance();
            }

            RequireDigit(cursor, "expected a digit in the exponent");
            SkipDigits(cursor);
        }

        var literal = cursor.Text.Substring(start, cursor.Position - start);
        if (!decimal.TryParse(literal, JsonNumberStyle, CultureInfo.InvariantCulture, out var value))
        {
            throw JsonCursor.ErrorAt(startLine, startColumn, "the number " + literal + " is too large");
        }

        return new JsonNumber(value, startLine, startColumn);
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static void RequireDigit(JsonCursor cursor, string problem)
    {
        if (cursor.AtEnd || !IsDigit(cursor.Current))
        {
            throw cursor.Error(problem);
        }
    }

    private static void SkipDigits(JsonCursor cursor)
    {
        while (!cursor.AtEnd && IsDigit(cursor.Current))
        {
            cursor.Advance();
        }
    }

    private static string ReadEscape(JsonCursor cursor)
    {
        cursor.Advance();
        if (cursor.AtEnd)
        {
            throw cursor.Error("expected an escape character after '\\' but the text ended");
        }

        var c = cursor.Current;
        switch (c)
        {
            case '"': cursor.Advance(); return "\"";
            case '\\': cursor.Advance(); return "\\";
            case '/': cursor.Advance(); return "/";
            case 'b': cursor.Advance(); return "\b";
            case 'f': cursor.Advance(); return "\f";
            case 'n': cursor.Advance(); return "\n";
            case 'r': cursor.Advance(); return "\r";
            case 't': cursor.Advance(); return "\t";
            case 'u': cursor.Advance(); return ReadUnicodeEscape(cursor);
            default:
                throw cursor.Error("invalid escape '\\" + c + "'; allowed are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX");
        }
    }

    private static string ReadUnicodeEscape(JsonCursor cursor)
    {
        var high = ReadHexUnit(cursor);
        if (!char.IsSurrogate(high))
        {
            return high.ToString();
        }

        if (char.IsHighSurrogate(high) && cursor.Is('\\')
            && cursor.Position + 1 < cursor.Text.Length && cursor.Text[cursor.Position + 1] == 'u')
        {
            cursor.Advance(2);
            var low = ReadHexUnit(cursor);
            if (char.IsLowSurrogate(low))
            {
                return new string(new[] { high, low });
            }
        }

        throw cursor.Error("the escape \\u" + ((int)high).ToString("X4", CultureInfo.InvariantCulture)
            + " is half of a surrogate pair without its other half");
    }

    private static char ReadHexUnit(JsonCursor cursor)
    {
        if (cursor.Position + HexDigitsInUnicodeEscape > cursor.Text.Length
            || !int.TryParse(
                cursor.Text.Substring(cursor.Position, HexDigitsInUnicodeEscape),
                NumberStyles.AllowHexSpecifier,
                CultureInfo.InvariantCulture,
                out var code))
        {
            throw cursor.Error("expected 4 hexadecimal digits after \\u");
        }

        cursor.Advance(HexDigitsInUnicodeEscape);
        return (char)code;
    }
}
