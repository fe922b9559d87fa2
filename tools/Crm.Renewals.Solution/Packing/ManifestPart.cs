using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Solution.Packing;

/// <summary><c>solution.xml</c> of a package: <c>Other/Solution.xml</c> with the version stamped and <c>&lt;Managed&gt;</c> set.</summary>
internal static class ManifestPart
{
    public const string SourceFile = "Other/Solution.xml";
    private const int VersionParts = 4;

    /// <summary>Validates a version to stamp: four whole numbers, as Dataverse requires to import over a previous version.</summary>
    public static string CheckVersion(string version)
    {
        string[] parts = version.Split('.');
        bool valid = parts.Length == VersionParts && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit) && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _));
        return valid ? version : throw new ArgumentException($"Version '{version}' is not of the form major.minor.build.revision, e.g. 1.0.0.3.", nameof(version));
    }

    /// <summary>The manifest of one package.</summary>
    public static XElement Build(SourceFolder source, PackageKind kind, string version)
    {
        XmlSource manifest = source.Load(SourceFile);
        XElement root = new(manifest.Root("ImportExportXml"));
        XElement solution = manifest.Child(root, "SolutionManifest", "<ImportExportXml>");
        manifest.Child(solution, "Version", "<SolutionManifest>").Value = version;
        manifest.Child(solution, "Managed", "<SolutionManifest>").Value = ((int)kind).ToString(CultureInfo.InvariantCulture);
        return root;
    }

    /// <summary>The manifest's version.</summary>
    public static string Version(SourceFolder source)
    {
        XmlSource manifest = source.Load(SourceFile);
        return manifest.Text(manifest.Child(manifest.Root("ImportExportXml"), "SolutionManifest", "<ImportExportXml>"), "Version", "<SolutionManifest>");
    }

    /// <summary>The root components: type, schema name (tables, choices, variables, web resources) and id (assemblies, steps).</summary>
    public static IReadOnlyList<RootComponent> RootComponents(SourceFolder source)
    {
        XmlSource manifest = source.Load(SourceFile);
        XElement solution = manifest.Child(manifest.Root("ImportExportXml"), "SolutionManifest", "<ImportExportXml>");
        return manifest.Child(solution, "RootComponents", "<SolutionManifest>").Elements("RootComponent")
            .Select(row => new RootComponent(
                manifest.IntAttribute(row, "type", "<RootComponent>"),
                ((string?)row.Attribute("schemaName"))?.Trim(),
                Guid.TryParse((string?)row.Attribute("id"), out Guid id) ? id : null))
            .ToList();
    }
}
