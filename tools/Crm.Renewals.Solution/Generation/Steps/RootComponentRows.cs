using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace Crm.Renewals.Solution.Generation.Steps;

/// <summary>
/// Rewrites the plug-in assembly (type 91) and step (type 92) rows of <c>Other/Solution.xml</c>, which the
/// generator owns, and leaves every other byte of the hand-written manifest as it is: the rows are
/// replaced as lines, kept together just before <c>&lt;/RootComponents&gt;</c>.
/// </summary>
public static class RootComponentRows
{
    /// <summary>Root component type of a plug-in assembly.</summary>
    public const int PluginAssemblyType = 91;

    /// <summary>Root component type of an SDK message processing step.</summary>
    public const int StepType = 92;

    private const string IncludeSubcomponents = "0";
    private const string ClosingTag = "</RootComponents>";
    private const string Indent = "  ";
    private const char LineEnd = '\n';

    /// <summary>The row of the plug-in assembly.</summary>
    /// <param name="assemblyId">Plugin assembly id.</param>
    /// <param name="assemblyFullName">Strong name, written as <c>schemaName</c>.</param>
    /// <returns>The element.</returns>
    public static XElement AssemblyRow(Guid assemblyId, string assemblyFullName) => new(
        "RootComponent",
        new XAttribute("type", PluginAssemblyType.ToString(CultureInfo.InvariantCulture)),
        new XAttribute("id", StepFileBuilder.Braced(assemblyId)),
        new XAttribute("schemaName", assemblyFullName),
        new XAttribute("behavior", IncludeSubcomponents));

    /// <summary>The row of one step.</summary>
    /// <param name="stepId">Step id.</param>
    /// <returns>The element.</returns>
    public static XElement StepRow(Guid stepId) => new(
        "RootComponent",
        new XAttribute("type", StepType.ToString(CultureInfo.InvariantCulture)),
        new XAttribute("id", StepFileBuilder.Braced(stepId)),
        new XAttribute("behavior", IncludeSubcomponents));

    /// <summary>Replaces the type 91/92 rows of the manifest text with <paramref name="rows"/>.</summary>
    /// <param name="manifestText">Current text of <c>Other/Solution.xml</c>.</param>
    /// <param name="rows">The rows to write, in order.</param>
    /// <param name="displayPath">Repo-relative path of the manifest, for messages.</param>
    /// <returns>The new text.</returns>
    /// <exception cref="GenerationException">The manifest has no <c>&lt;/RootComponents&gt;</c> line or has a row this edit cannot replace.</exception>
    public static string Rewrite(string manifestText, IReadOnlyList<XElement> rows, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(manifestText);
        ArgumentNullException.ThrowIfNull(rows);
        List<string> lines = manifestText.Split(LineEnd).Where(line => !IsGeneratedRow(line)).ToList();
        int closing = lines.FindIndex(line => line.TrimStart().StartsWith(ClosingTag, StringComparison.Ordinal));
        if (closing < 0)
        {
            throw new GenerationException($"{displayPath}: <SolutionManifest> has no {ClosingTag} line to put the plug-in rows (types 91, 92) before.");
        }

        string indent = lines[closing][..(lines[closing].Length - lines[closing].TrimStart().Length)] + Indent;
        lines.InsertRange(closing, rows.Select(row => indent + row.ToString(SaveOptions.DisableFormatting)));
        string text = string.Join(LineEnd, lines);
        int leftOver = XDocument.Parse(text).Descendants("RootComponent").Count(IsGeneratedType) - rows.Count;
        return leftOver == 0
            ? text
            : throw new GenerationException($"{displayPath}: a <RootComponent> of type {PluginAssemblyType} or {StepType} spans several lines; write it on one line so the generator can replace it.");
    }

    private static bool IsGeneratedRow(string line)
    {
        string trimmed = line.TrimStart();
        return trimmed.StartsWith("<RootComponent ", StringComparison.Ordinal)
            && (trimmed.Contains(TypeAttribute(PluginAssemblyType), StringComparison.Ordinal) || trimmed.Contains(TypeAttribute(StepType), StringComparison.Ordinal));
    }

    private static bool IsGeneratedType(XElement row) =>
        (string?)row.Attribute("type") is string type
        && (type == PluginAssemblyType.ToString(CultureInfo.InvariantCulture) || type == StepType.ToString(CultureInfo.InvariantCulture));

    private static string TypeAttribute(int type) => "type=\"" + type.ToString(CultureInfo.InvariantCulture) + "\"";
}
