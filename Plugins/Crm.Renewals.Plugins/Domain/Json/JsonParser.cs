using System;
using System.Collections.Generic;
using System.Globalization;

namespace Crm.Renewals.Plugins.Domain.Json;

/// <summary>
/// A small, strict RFC 8259 reader: no comments, no trailing commas, no single quotes, no
/// leading zeros, no duplicate member names, nothing after the value. Strictness is deliberate:
/// an admin's typo in an environment variable must be reported, not half-understood.
/// It exists because the plugin assembly may not carry a JSON library and net462 has none built in.
/// </summary>
public static class JsonParser
{
    /// <summary>Deepest nesting accepted; guards the recursive descent against hostile input.</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses a complete JSON text.</summary>
    /// <param name="text">The JSON text.</param>
    /// <returns>The root value.</returns>
    /// <exception cref="JsonParseException">The text is not valid JSON; the message says where and why.</exception>
    public static JsonValue Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var cursor = new JsonCursor(text);
        cursor.SkipWhitespace();
        if (cursor.AtEnd)
        {
            throw cursor.Error("expected a JSON value but the text is empty");
        }

        var root = ParseValue(cursor, depth: 0);
        cursor.SkipWhitespace();
        if (!cursor.AtEnd)
        {
            throw cursor.Error("unexpected " + JsonCursor.Show(cursor.Current) + " after the end of the JSON value");
        }

        return root;
    }

    private static JsonValue ParseValue(JsonCursor cursor, int depth)
    {
        if (cursor.AtEnd)
        {
            throw cursor.Error("expected a value but the text ended");
        }

        switch (cursor.Current)
        {
            case '{':
                return ParseObject(cursor, depth + 1);
            case '[':
                return ParseArray(cursor, depth + 1);
            case '"':
                var line = cursor.Line;
                var column = cursor.Column;
                return new JsonString(JsonScalarReader.ReadString(cursor), line, column);
            case 't':
                return ParseLiteral(cursor, "true", (l, c) => new JsonBoolean(true, l, c));
            case 'f':
                return ParseLiteral(cursor, "false", (l, c) => new JsonBoolean(false, l, c));
            case 'n':
                return ParseLiteral(cursor, "null", (l, c) => new JsonNull(l, c));
            case '-':
            case >= '0' and <= '9':
                return JsonScalarReader.ReadNumber(cursor);
            default:
                throw cursor.Error("expected a value (object, array, string, number, true, false or null) but found "
                    + JsonCursor.Show(cursor.Current));
        }
    }

    private static JsonValue ParseLiteral(JsonCursor cursor, string literal, Func<int, int, JsonValue> create)
    {
        if (string.CompareOrdinal(cursor.Text, cursor.Position, literal, 0, literal.Length) != 0)
        {
            throw cursor.Error("expected '" + literal + "'");
        }

        var value = create(cursor.Line, cursor.Column);
        cursor.Advance(literal.Length);
        return value;
    }

    private static void CheckDepth(JsonCursor cursor, int depth)
    {
        if (depth > MaxDepth)
        {
            throw cursor.Error("nesting is deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
        }
    }

    private static JsonObject ParseObject(JsonCursor cursor, int depth)
    {
        CheckDepth(cursor, depth);
        var line = cursor.Line;
        var column = cursor.Column;
        var members = new List<KeyValuePair<string, JsonValue>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        cursor.Advance();
        cursor.SkipWhitespace();
        if (cursor.Is('}'))
        {
            cursor.Advance();
            return new JsonObject(members, line, column);
        }

        while (true)
        {
            if (!cursor.Is('"'))
            {
                throw cursor.AtEnd
                    ? cursor.Error("expected a member name in double quotes but the text ended")
                    : cursor.Error("expected a member name in double quotes but found " + JsonCursor.Show(cursor.Current));
            }

            var nameLine = cursor.Line;
            var nameColumn = cursor.Column;
            var name = JsonScalarReader.ReadString(cursor);
            if (!names.Add(name))
            {
                throw JsonCursor.ErrorAt(nameLine, nameColumn, "duplicate member name \"" + name + "\"");
            }

            cursor.SkipWhitespace();
            if (!cursor.Is(':'))
            {
                throw cursor.Error("expected ':' after the member name \"" + name + "\"");
            }

            cursor.Advance();
            cursor.SkipWhitespace();
            members.Add(new KeyValuePair<string, JsonValue>(name, ParseValue(cursor, depth)));
            if (ReadSeparatorOrEnd(cursor, '}', "an object member"))
            {
                return new JsonObject(members, line, column);
            }
        }
    }

    private static JsonArray ParseArray(JsonCursor cursor, int depth)
    {
        CheckDepth(cursor, depth);
        var line = cursor.Line;
        var column = cursor.Column;
        var items = new List<JsonValue>();
        cursor.Advance();
        cursor.SkipWhitespace();
        if (cursor.Is(']'))
        {
            cursor.Advance();
            return new JsonArray(items, line, column);
        }

        while (true)
        {
            items.Add(ParseValue(cursor, depth));
            if (ReadSeparatorOrEnd(cursor, ']', "an array element"))
            {
                return new JsonArray(items, line, column);
            }
        }
    }

    /// <summary>After an element: consumes ',' (returns false) or the closing character (returns true).</summary>
    private static bool ReadSeparatorOrEnd(JsonCursor cursor, char close, string element)
    {
        cursor.SkipWhitespace();
        if (cursor.AtEnd)
        {
            throw cursor.Error("expected ',' or '" + close + "' but the text ended");
        }

        if (cursor.Current == close)
        {
            cursor.Advance();
            return true;
        }

        if (cursor.Current != ',')
        {
            throw cursor.Error("expected ',' or '" + close + "' after " + element + " but found " + JsonCursor.Show(cursor.Current));
        }

        cursor.Advance();
        cursor.SkipWhitespace();
        if (cursor.Is(close))
        {
            throw cursor.Error("expected " + (close == '}' ? "a member name" : "a value") + " after ',' (a trailing comma is not allowed)");
        }

        return false;
    }
}
