using System;
using System.Xml.Linq;

namespace Crm.Renewals.Solution.Generation.Steps;

/// <summary>
/// Rewrites the <c>&lt;plugintypeid&gt;</c> element of a <c>customapis/&lt;name&gt;/customapi.xml</c>, which the
/// generator owns, leaving the rest of the hand-written file as it is. A bound API gets
/// <c>&lt;plugintypeid&gt;&lt;plugintypeid&gt;id&lt;/plugintypeid&gt;&lt;/plugintypeid&gt;</c>: the documented form that names
/// the type by the id this solution gives it (the export key form would name a value that differs per environment).
/// </summary>
public static class CustomApiPluginTypeEditor
{
    private const string Element = "plugintypeid";
    private const string Open = "<" + Element;
    private const string Close = "</" + Element + ">";
    private const string ChildIndent = "  ";

    /// <summary>Returns the file text with the element set to <paramref name="pluginTypeId"/>, or emptied when null.</summary>
    /// <param name="customApiText">Current text of customapi.xml.</param>
    /// <param name="pluginTypeId">Id of the implementing plugin type, or null for an unbound API.</param>
    /// <param name="displayPath">Repo-relative path of the file, for messages.</param>
    /// <returns>The new text.</returns>
    /// <exception cref="GenerationException">The file has no <c>&lt;plugintypeid&gt;</c> element.</exception>
    public static string Rewrite(string customApiText, Guid? pluginTypeId, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(customApiText);
        int start = customApiText.IndexOf(Open + ">", StringComparison.Ordinal) is int full and >= 0
            ? full
            : customApiText.IndexOf(Open + " ", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new GenerationException($"{displayPath}: <customapi> has no <{Element}> element; add an empty <{Element} /> for the generator to fill.");
        }

        int end = EndOf(customApiText, start, displayPath);
        int lineStart = customApiText.LastIndexOf('\n', start) + 1;
        string indent = customApiText[lineStart..start];
        string replacement = pluginTypeId is Guid id
            ? $"<{Element}>\n{indent}{ChildIndent}{new XElement(Element, StepFileBuilder.Plain(id))}\n{indent}{Close}"
            : $"<{Element} />";
        return string.Concat(customApiText.AsSpan(0, start), replacement, customApiText.AsSpan(end));
    }

    /// <summary>Index just past the element that starts at <paramref name="start"/>, counting nested same-name elements.</summary>
    private static int EndOf(string text, int start, string displayPath)
    {
        int tagEnd = text.IndexOf('>', start);
        if (tagEnd > 0 && text[tagEnd - 1] == '/')
        {
            return tagEnd + 1;
        }

        int depth = 1;
        int position = tagEnd + 1;
        while (depth > 0)
        {
            int nextOpen = text.IndexOf(Open, position, StringComparison.Ordinal);
            int nextClose = text.IndexOf(Close, position, StringComparison.Ordinal);
            if (nextClose < 0)
            {
                throw new GenerationException($"{displayPath}: <{Element}> is not closed.");
            }

            if (nextOpen >= 0 && nextOpen < nextClose)
            {
                int openEnd = text.IndexOf('>', nextOpen);
                depth += text[openEnd - 1] == '/' ? 0 : 1;
                position = openEnd + 1;
            }
            else
            {
                depth--;
                position = nextClose + Close.Length;
            }
        }

        return position;
    }
}
