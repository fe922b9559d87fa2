using System;
using System.Text;
using System.Text.RegularExpressions;
using Crm.Renewals.Emulator.Query.Values;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>
/// A SQL LIKE pattern (<c>%</c> any run, <c>_</c> one character, <c>[abc]</c> / <c>[a-z]</c> / <c>[^a]</c> sets),
/// matched case- and accent-insensitively like Dataverse's collation. The common shapes <c>abc%</c>,
/// <c>%abc</c> and <c>%abc%</c> run as allocation-free prefix / suffix / contains checks.
/// </summary>
internal sealed class LikePattern
{
    private readonly Func<string, bool> _match;

    private LikePattern(Func<string, bool> match) => _match = match;

    public bool IsMatch(string text) => _match(text);

    public static LikePattern Compile(string pattern)
    {
        var inner = pattern.Trim('%');
        if (inner.Length > 0 && inner.IndexOfAny(['%', '_', '[']) < 0)
        {
            var leading = pattern.StartsWith('%');
            var trailing = pattern.EndsWith('%');
            if (leading && trailing)
            {
                return new LikePattern(text => TextCollation.Contains(text, inner));
            }

            if (trailing)
            {
                return new LikePattern(text => TextCollation.StartsWith(text, inner));
            }

            if (leading)
            {
                return new LikePattern(text => TextCollation.EndsWith(text, inner));
            }

            return new LikePattern(text => TextCollation.AreEqual(text, inner));
        }

        var regex = new Regex(ToRegex(TextCollation.RemoveAccents(pattern)), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
        return new LikePattern(text => regex.IsMatch(TextCollation.RemoveAccents(text)));
    }

    private static string ToRegex(string pattern)
    {
        var builder = new StringBuilder("^");
        for (var index = 0; index < pattern.Length; index++)
        {
            var character = pattern[index];
            switch (character)
            {
                case '%':
                    builder.Append(".*");
                    break;
                case '_':
                    builder.Append('.');
                    break;
                case '[':
                    var close = pattern.IndexOf(']', index + 1);
                    if (close < 0)
                    {
                        builder.Append(@"\[");
                        break;
                    }

                    builder.Append(ToCharacterClass(pattern[(index + 1)..close]));
                    index = close;
                    break;
                default:
                    builder.Append(Regex.Escape(character.ToString()));
                    break;
            }
        }

        return builder.Append('$').ToString();
    }

    private static string ToCharacterClass(string set)
    {
        var negated = set.StartsWith('^');
        var body = negated ? set[1..] : set;
        var escaped = new StringBuilder(negated ? "[^" : "[");
        foreach (var character in body)
        {
            // '-' keeps its range meaning; everything else is literal inside the class.
            escaped.Append(character == '-' ? "-" : Regex.Escape(character.ToString()).Replace("]", @"\]", StringComparison.Ordinal));
        }

        return escaped.Append(']').ToString();
    }
}
