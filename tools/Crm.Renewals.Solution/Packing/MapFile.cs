using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Solution.Packing;

/// <summary>
/// The SolutionPackager map file (<c>/map</c>): where a file of the unpacked layout is really read from.
/// Supports the <c>FileToFile</c> and <c>Folder</c> directives of Microsoft's documentation, with the
/// <c>**</c> folder wildcard in <c>FileToFile</c>; paths are relative to the solution folder, and the first
/// matching directive wins.
/// </summary>
internal sealed class MapFile
{
    private const string AnyFolders = "**";
    private readonly List<(string Kind, string From, string To)> directives;
    private readonly string solutionFolder;

    private MapFile(List<(string Kind, string From, string To)> directives, string solutionFolder)
    {
        this.directives = directives;
        this.solutionFolder = solutionFolder;
    }

    /// <summary>A map with no directives, for a pack without a map file.</summary>
    public static MapFile None(string solutionFolder) => new([], solutionFolder);

    public static MapFile Load(SourceFolder source, string mapPath)
    {
        XmlSource map = XmlSource.Load(mapPath, new DisplayPaths(Path.GetDirectoryName(Path.GetFullPath(mapPath))!));
        var directives = new List<(string, string, string)>();
        foreach (XElement directive in map.Root("Mapping").Elements())
        {
            string kind = directive.Name.LocalName;
            if (kind is not ("FileToFile" or "Folder"))
            {
                throw map.Error(directive, $"<{kind}> is a mapping directive renewals solution pack does not support; use <FileToFile> or <Folder>");
            }

            directives.Add((kind, Normalize(map.Attribute(directive, "map", $"<{kind}>")), Normalize(map.Attribute(directive, "to", $"<{kind}>"))));
        }

        return new MapFile(directives, source.Root);
    }

    /// <summary>The file to read for <paramref name="relativePath"/>, or null when no directive maps it.</summary>
    public string? Resolve(string relativePath)
    {
        string path = Normalize(relativePath);
        foreach ((string kind, string from, string to) in directives)
        {
            string? target = kind == "Folder" ? MapFolder(path, from, to) : MatchFile(path, from, to);
            if (target is not null)
            {
                return Path.GetFullPath(Path.Combine(solutionFolder, target));
            }
        }

        return null;
    }

    private static string? MapFolder(string path, string from, string to) =>
        path.StartsWith(from + "/", StringComparison.OrdinalIgnoreCase) ? to + path[from.Length..] : null;

    /// <summary>Matches <c>folder/**/name</c> (or an exact path, or a bare file name in any folder); <c>**</c> in the target takes the matched folders.</summary>
    private static string? MatchFile(string path, string from, string to)
    {
        int wildcard = from.IndexOf("/" + AnyFolders + "/", StringComparison.Ordinal);
        if (wildcard < 0)
        {
            bool matches = from.Contains('/', StringComparison.Ordinal)
                ? string.Equals(path, from, StringComparison.OrdinalIgnoreCase)
                : string.Equals(Path.GetFileName(path), from, StringComparison.OrdinalIgnoreCase);
            return matches ? to : null;
        }

        string prefix = from[..wildcard] + "/";
        string name = from[(wildcard + AnyFolders.Length + 2)..];
        if (!path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || !path.EndsWith("/" + name, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string middle = path[prefix.Length..^(name.Length + 1)];
        return to.Replace(AnyFolders, middle, StringComparison.Ordinal);
    }

    private static string Normalize(string path) => path.Replace('\\', '/').Trim();
}
