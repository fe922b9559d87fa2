using Crm.Renewals.Plugins.Domain.Json;

namespace Crm.Renewals.Plugins.Tests.Domain.Json;

public class JsonParserTests
{
    [Fact]
    public void Parse_ObjectWithEveryKind_BuildsTheDocument()
    {
        var root = (JsonObject)JsonParser.Parse("{\"s\":\"x\",\"n\":-12.5,\"t\":true,\"f\":false,\"z\":null,\"a\":[1,{}],\"o\":{\"k\":[]}}");

        Assert.Equal(new[] { "s", "n", "t", "f", "z", "a", "o" }, root.Members.Select(m => m.Key));
        Assert.True(root.TryGetValue("s", out var s) && ((JsonString)s).Value == "x");
        Assert.True(root.TryGetValue("n", out var n) && ((JsonNumber)n).Value == -12.5m);
        Assert.True(root.TryGetValue("t", out var t) && ((JsonBoolean)t).Value);
        Assert.True(root.TryGetValue("f", out var f) && !((JsonBoolean)f).Value);
        Assert.True(root.TryGetValue("z", out var z) && z.Kind == JsonValueKind.Null);
        Assert.True(root.TryGetValue("a", out var a) && ((JsonArray)a).Items.Count == 2);
        Assert.True(root.TryGetValue("o", out var o) && o.Kind == JsonValueKind.Object);
        Assert.False(root.TryGetValue("S", out _));
    }

    [Theory]
    [InlineData("0", "0")] // zero alone is not a leading zero
    [InlineData("-0", "0")] // negative zero is allowed by the grammar
    [InlineData("120", "120")] // a plain integer
    [InlineData("12.50", "12.50")] // decimal keeps the scale as written
    [InlineData("1e3", "1000")] // exponent
    [InlineData("-1.5E-2", "-0.015")] // upper-case exponent with sign
    [InlineData("2E+2", "200")] // explicit plus in the exponent
    [InlineData("0.1", "0.1")] // exact in decimal, unlike double
    public void Parse_Number_ReadsExactDecimal(string text, string expected)
    {
        var number = (JsonNumber)JsonParser.Parse(text);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), number.Value);
    }

    [Theory]
    [InlineData("\"a\\\"b\"", "a\"b")] // escaped quote
    [InlineData("\"a\\\\b\"", "a\\b")] // escaped backslash
    [InlineData("\"a\\/b\"", "a/b")] // escaped solidus
    [InlineData("\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t")] // the control escapes
    [InlineData("\"caf\\u00e9\"", "café")] // BMP unicode escape
    [InlineData("\"\\ud83d\\ude00\"", "\U0001F600")] // surrogate pair
    [InlineData("\"äöü\"", "äöü")] // raw non-ASCII text
    public void Parse_String_DecodesEscapes(string text, string expected)
    {
        Assert.Equal(expected, ((JsonString)JsonParser.Parse(text)).Value);
    }

    [Theory]
    [InlineData("", 1, 1, "text is empty")] // nothing at all
    [InlineData("   \n ", 2, 2, "text is empty")] // whitespace only; position after it
    [InlineData("{\"a\":1,}", 1, 8, "trailing comma")] // trailing comma in an object
    [InlineData("[1,]", 1, 4, "trailing comma")] // trailing comma in an array
    [InlineData("{\"a\":1 \"b\":2}", 1, 8, "expected ',' or '}' after an object member")] // missing comma between members
    [InlineData("[1 2]", 1, 4, "expected ',' or ']' after an array element")] // missing comma between elements
    [InlineData("{\n  \"a\": 1,\n  \"b\" 2\n}", 3, 7, "expected ':' after the member name \"b\"")] // missing colon on the third line
    [InlineData("{\r\n\"a\" 1}", 2, 5, "expected ':'")] // CRLF is one line break
    [InlineData("[1,2", 1, 5, "expected ',' or ']' but the text ended")] // array not closed
    [InlineData("{\"a\":", 1, 6, "expected a value but the text ended")] // value missing at the end
    [InlineData("01", 1, 2, "leading zero")] // leading zero
    [InlineData("1.", 1, 3, "digit after the decimal point")] // fraction without digits
    [InlineData("-", 1, 2, "digit after '-'")] // minus without digits
    [InlineData("1e", 1, 3, "digit in the exponent")] // exponent without digits
    [InlineData("1e999999", 1, 1, "too large")] // beyond decimal's range
    [InlineData("\"abc", 1, 1, "not closed")] // reported where the string starts
    [InlineData("\"a\tb\"", 1, 3, "control character U+0009 must be escaped")] // raw tab inside a string
    [InlineData("\"\\x\"", 1, 3, "invalid escape '\\x'")] // unknown escape
    [InlineData("\"\\u12G4\"", 1, 4, "4 hexadecimal digits")] // bad hex digit in a \u escape
    [InlineData("\"\\ud800\"", 1, 8, "surrogate pair")] // lone high surrogate
    [InlineData("{\"a\":1,\"a\":2}", 1, 8, "duplicate member name \"a\"")] // duplicate key
    [InlineData("tru", 1, 1, "expected 'true'")] // truncated literal
    [InlineData("nul", 1, 1, "expected 'null'")] // truncated literal
    [InlineData("{a:1}", 1, 2, "member name in double quotes but found 'a'")] // unquoted key
    [InlineData("'x'", 1, 1, "expected a value")] // single quotes are not JSON
    [InlineData("// note\n{}", 1, 1, "expected a value")] // comments are not JSON
    [InlineData("1 2", 1, 3, "unexpected '2' after the end of the JSON value")] // two values
    [InlineData("\uFEFF{}", 1, 1, "U+FEFF")] // a byte-order mark is refused, and shown by code point
    public void Parse_InvalidText_SaysWhereAndWhat(string text, int line, int column, string expected)
    {
        var error = Assert.Throws<JsonParseException>(() => JsonParser.Parse(text));

        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"line {line}, column {column}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NestingDeeperThanTheLimit_IsRefused()
    {
        var tooDeep = new string('[', JsonParser.MaxDepth + 1) + new string(']', JsonParser.MaxDepth + 1);
        var deepest = new string('[', JsonParser.MaxDepth) + new string(']', JsonParser.MaxDepth);

        Assert.Contains("nesting", Assert.Throws<JsonParseException>(() => JsonParser.Parse(tooDeep)).Problem, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, JsonParser.Parse(deepest).Kind);
    }

    [Fact]
    public void Parse_Values_RememberWhereTheyStart()
    {
        var root = (JsonObject)JsonParser.Parse("{\n  \"a\": [10,\n    true]\n}");
        root.TryGetValue("a", out var array);
        var second = ((JsonArray)array).Items[1];

        Assert.Equal((2, 8), (array.Line, array.Column));
        Assert.Equal((3, 5), (second.Line, second.Column));
    }

    [Theory]
    [InlineData("\"abc\"", "a string (\"abc\")")] // a string shows its text
    [InlineData("150", "150")] // a number shows itself
    [InlineData("120.50", "120.5")] // trailing zeros dropped in messages
    [InlineData("true", "true")] // a literal shows itself
    [InlineData("null", "null")] // null
    [InlineData("{}", "an object")] // an object
    [InlineData("[]", "an empty array")] // an empty array says so
    [InlineData("[1]", "an array")] // a non-empty array
    public void Describe_Value_ReadsAsPlainWords(string text, string expected)
    {
        Assert.Equal(expected, JsonParser.Parse(text).Describe());
    }

    [Theory]
    [InlineData("120", true)] // an integer
    [InlineData("120.0", true)] // a zero fraction still counts as whole
    [InlineData("120.5", false)] // a fraction
    public void IsWhole_Number_IgnoresZeroFraction(string text, bool expected)
    {
        Assert.Equal(expected, ((JsonNumber)JsonParser.Parse(text)).IsWhole);
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => JsonParser.Parse(null!));
    }
}
