using System;
using System.Xml.Linq;

namespace Crm.Renewals.Solution.Generation.Steps;

/// <summary>
/// Rewrites the <c>&lt;plugintypeid&gt;</c> element of a <c>customapis/&lt;name&gt;/customapi.xml</c>, which the
/// generator owns, leaving the rest of the hand-written file as it is. A bound API gets
/// <c>&lt;plugintypeid&gt;&lt;plugintypeexportkey&gt;id&lt;/plugintypeexportkey&gt;&lt;/plugintypeid&gt;</c>, the form real
/// exports write, naming the plugin type by the id the solution's plugin assembly file gives it; an API without one
/// gets no element at all, as exports leave empty elements out.
/// </summary>
public static class CustomApiPluginTypeEditor
{
    private const string Element = "plugintypeid";
    private const string KeyElement = "plugintypeexportkey";
    private const string Open = "<" + Element;
    private const string Close = "</" + Element + ">";
    private const string ChildIndent = "  ";

    /// <summary>Returns the file text with the element set to <paramref name="pluginTypeId"/>, or without it when null.</summary>
    /// <param name="customApiText">Current text of customapi.xml.</param>
    /// <param name="pluginTypeId">Id of the implementing plugin type, or null for an API no plugin implements yet.</param>
    /// <param name="displayPath">Repo-relative path of the file, for messages.</param>
    /// <returns>The new text.</returns>
    /// <exception cref="GenerationException">The file has no <c>&lt;/customapi&gt;</c> to place the element before.</exception>
    public static string Rewrite(string customApiText, Guid? pluginTypeId, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(customApiText);
        int start = customApiText.IndexOf(Open + ">", StringComparison.Ordinal) is int full and >= 0
            ? full
            : customApiText.IndexOf(Open + " ", StringComparison.Ordinal);
        if (start < 0)
        {
            return pluginTypeId is Guid missing ? Insert(customApiText, missing, displayPath) : customApiText;
        }

        int end = EndOf(customApiText, start, displayPath);
        int lineStart = customApiText.LastIndexOf('\n', start) + 1;
        if (pluginTypeId is not Guid id)
        {
            int lineEnd = customApiText.IndexOf('\n', end) is int newline and >= 0 ? newline + 1 : end;
            return string.Concat(customApiText.AsSpan(0, lineStart), customApiText.AsSpan(lineEnd));
        }

        return string.Concat(customApiText.AsSpan(0, start), PluginTypeElement(customApiText[lineStart..start], id), customApiText.AsSpan(end));
    }

    // Elements of an export are in alphabetical order: plugintypeid comes before workflowsdkstepenabled, or last.
    private static string Insert(string text, Guid id, string displayPath)
    {
        int before = text.IndexOf("<workflowsdkstepenabled", StringComparison.Ordinal) is int next and >= 0
            ? next
            : text.IndexOf("</customapi>", StringComparison.Ordinal);
        if (before < 0)
        {
            throw new GenerationException($"{displayPath}: <customapi> is not closed; the generator cannot place <{Element}>.");
        }

        int lineStart = text.LastIndexOf('\n', before) + 1;
        string indent = before == text.IndexOf("</customapi>", StringComparison.Ordinal) ? text[lineStart..before] + ChildIndent : text[lineStart..before];
        return text[..lineStart] + indent + PluginTypeElement(indent, id) + "\n" + text[lineStart..];
    }

    private static string PluginTypeElement(string indent, Guid id) =>
        $"<{Element}>\n{indent}{ChildIndent}{new XElement(KeyElement, StepFileBuilder.Plain(id))}\n{indent}{Close}";

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
