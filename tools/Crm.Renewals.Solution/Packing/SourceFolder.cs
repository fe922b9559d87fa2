using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Solution.Packing;

/// <summary>The unpacked solution folder being packed: loads its files so that every problem names the repo-relative file.</summary>
internal sealed class SourceFolder
{
    private readonly DisplayPaths paths;

    public SourceFolder(string root)
    {
        Root = Path.GetFullPath(root);
        paths = new DisplayPaths(Root);
        if (!Directory.Exists(Root))
        {
            throw new SolutionFormatException(paths.Of(Root), "the solution folder is missing");
        }
    }

    public string Root { get; }

    public string Display(string relativePath) => paths.Of(Full(relativePath));

    public string Full(string relativePath) => Path.Combine(Root, relativePath);

    public XmlSource Load(string relativePath) => XmlSource.Load(Full(relativePath), paths);

    public bool Exists(string relativePath) => File.Exists(Full(relativePath));

    /// <summary>Files of a folder (relative paths with forward slashes, sorted), or none when the folder is missing.</summary>
    public IReadOnlyList<string> Files(string relativeFolder, string pattern, bool recursive)
    {
        string folder = Full(relativeFolder);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                .Select(Relative)
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
    }

    /// <summary>Immediate subfolders (relative paths, sorted).</summary>
    public IReadOnlyList<string> Folders(string relativeFolder)
    {
        string folder = Full(relativeFolder);
        return Directory.Exists(folder) ? Directory.GetDirectories(folder).Select(Relative).Order(StringComparer.Ordinal).ToList() : [];
    }

    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
}
