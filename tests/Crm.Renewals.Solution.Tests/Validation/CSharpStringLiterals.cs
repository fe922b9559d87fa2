namespace Crm.Renewals.Solution.Tests.Validation;

/// <summary>
/// Finds the string literals of C# source, skipping comments and character literals: regular, verbatim,
/// interpolated and raw (<c>"""</c>) strings. Enough of a lexer to tell a name in code from a name in a comment.
/// </summary>
internal static class CSharpStringLiterals
{
    private const char Quote = '"';

    /// <summary>Each literal's text (without quotes) and the line it starts on.</summary>
    public static IEnumerable<(int Line, string Text)> In(string source)
    {
        int line = 1;
        int i = 0;
        while (i < source.Length)
        {
            char c = source[i];
            if (c == '\n')
            {
                line++;
                i++;
            }
            else if (c == '/' && At(source, i + 1) == '/')
            {
                i = source.IndexOf('\n', i) is int end and >= 0 ? end : source.Length;
            }
            else if (c == '/' && At(source, i + 1) == '*')
            {
                int end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? source.Length : end + 2;
                line += Lines(source, i, end);
                i = end;
            }
            else if (c == '\'')
            {
                i = SkipEscaped(source, i + 1, '\'');
            }
            else if (c == Quote || ((c is '@' or '$') && StartsString(source, i)))
            {
                (int start, int end, int next) = ReadString(source, i);
                yield return (line, source[start..end]);
                line += Lines(source, i, next);
                i = next;
            }
            else
            {
                i++;
            }
        }
    }

    private static bool StartsString(string source, int i)
    {
        while (i < source.Length && source[i] is '@' or '$')
        {
            i++;
        }

        return At(source, i) == Quote;
    }

    /// <summary>Start and end of the content, and the index after the closing quote(s).</summary>
    private static (int Start, int End, int Next) ReadString(string source, int i)
    {
        bool verbatim = false;
        while (source[i] is '@' or '$')
        {
            verbatim |= source[i] == '@';
            i++;
        }

        int quotes = 0;
        while (At(source, i + quotes) == Quote)
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            string closing = new(Quote, quotes);
            int end = source.IndexOf(closing, i + quotes, StringComparison.Ordinal);
            end = end < 0 ? source.Length : end;
            return (i + quotes, end, Math.Min(source.Length, end + quotes));
        }

        if (quotes == 2 && !verbatim)
        {
            return (i + 1, i + 1, i + 2);
        }

        int contentStart = i + 1;
        int position = contentStart;
        while (position < source.Length)
        {
            char c = source[position];
            if (!verbatim && c == '\\')
            {
                position += 2;
            }
            else if (c == Quote && verbatim && At(source, position + 1) == Quote)
            {
                position += 2;
            }
            else if (c == Quote || (!verbatim && c == '\n'))
            {
                return (contentStart, position, position + 1);
            }
            else
            {
                position++;
            }
        }

        return (contentStart, source.Length, source.Length);
    }

    private static int SkipEscaped(string source, int i, char end)
    {
        while (i < source.Length && source[i] != end && source[i] != '\n')
        {
            i += source[i] == '\\' ? 2 : 1;
        }

        return Math.Min(source.Length, i + 1);
    }

    private static char At(string source, int i) => i < source.Length ? source[i] : '\0';

    private static int Lines(string source, int from, int to) => source.AsSpan(from, to - from).Count('\n');
}
