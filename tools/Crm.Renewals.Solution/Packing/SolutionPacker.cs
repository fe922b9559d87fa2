using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Solution.Packing;

/// <summary>
/// <c>renewals solution pack</c>: turns the unpacked <c>Solution/src</c> into the unmanaged and the managed
/// solution zip, in the layout SolutionPackager produces: <c>[Content_Types].xml</c>, <c>solution.xml</c>,
/// <c>customizations.xml</c> with the components inline, <c>customapis/</c> and
/// <c>environmentvariabledefinitions/</c> folders, and the binaries the components' <c>&lt;FileName&gt;</c> name.
/// Deterministic: the same inputs always give byte-identical zips. Both are built in memory and checked
/// before either is written.
/// </summary>
public static class SolutionPacker
{
    private const string SolutionEntry = "solution.xml";
    private const string CustomizationsEntry = "customizations.xml";
    private const string CustomApisFolder = "customapis";
    private const string VariablesFolder = "environmentvariabledefinitions";
    private const string ManagedSuffix = "_managed";
    private const string ZipExtension = ".zip";

    /// <summary>Top-level content of the unpacked folder this packer places; anything else is refused, never dropped.</summary>
    private static readonly HashSet<string> KnownFolders = new(StringComparer.Ordinal)
    {
        "Other", EntityPart.EntitiesFolder, "OptionSets", "Roles", "WebResources", "PluginAssemblies", "SdkMessageProcessingSteps", CustomApisFolder, VariablesFolder,
        CustomizationsPart.AppModulesFolder, CustomizationsPart.SiteMapsFolder, CustomizationsPart.DashboardsFolder, CustomizationsPart.WorkflowsFolder,
    };

    /// <summary>Packs both zips.</summary>
    /// <param name="request">Folders, assembly and version.</param>
    /// <returns>Paths of the zips and their entries.</returns>
    /// <exception cref="SolutionFormatException">A file is missing, malformed or inconsistent with the manifest; the message names it.</exception>
    /// <exception cref="ArgumentException">The version is not of the form x.y.z.w.</exception>
    public static PackResult Pack(PackRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var source = new SourceFolder(request.SourceFolder);
        CheckKnownContent(source);
        string version = ManifestPart.CheckVersion(request.Version ?? ManifestPart.Version(source));
        SortedDictionary<string, byte[]> unmanaged = Build(source, request, PackageKind.Unmanaged, version);
        SortedDictionary<string, byte[]> managed = Build(source, request, PackageKind.Managed, version);
        Directory.CreateDirectory(request.OutputFolder);
        string baseName = Path.Combine(Path.GetFullPath(request.OutputFolder), request.PackageName + "_" + version);
        DeterministicZip.Write(baseName + ZipExtension, unmanaged);
        DeterministicZip.Write(baseName + ManagedSuffix + ZipExtension, managed);
        return new PackResult(baseName + ZipExtension, baseName + ManagedSuffix + ZipExtension, version, unmanaged.Keys.ToList());
    }

    private static SortedDictionary<string, byte[]> Build(SourceFolder source, PackRequest request, PackageKind kind, string version)
    {
        var found = new PackedComponents();
        byte[] customizations = PackedXml.ToBytes(CustomizationsPart.Build(source, kind, request, found));
        var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [SolutionEntry] = PackedXml.ToBytes(ManifestPart.Build(source, kind, version)),
            [CustomizationsEntry] = customizations,
        };
        foreach ((string entry, string path) in found.Binaries)
        {
            entries.Add(entry, File.ReadAllBytes(path));
        }

        CopyFolder(source, CustomApisFolder, entries);
        CopyFolder(source, VariablesFolder, entries);
        ManifestConsistency.Check(source, ManifestPart.RootComponents(source), found);
        entries.Add(ContentTypesPart.EntryName, PackedXml.ToBytes(ContentTypesPart.Build(entries.Keys)));
        return entries;
    }

    /// <summary>Copies a folder of data files as they are (after checking each XML file is well-formed).</summary>
    private static void CopyFolder(SourceFolder source, string folder, SortedDictionary<string, byte[]> entries)
    {
        foreach (string file in source.Files(folder, "*", recursive: true))
        {
            if (file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                _ = source.Load(file).Document;
            }

            entries.Add(file, File.ReadAllBytes(source.Full(file)));
        }
    }

    private static void CheckKnownContent(SourceFolder source)
    {
        foreach (string entry in Directory.GetFileSystemEntries(source.Root).Select(source.Relative).Order(StringComparer.Ordinal))
        {
            if (!KnownFolders.Contains(entry))
            {
                throw new SolutionFormatException(source.Display(entry), "the packer does not know where this goes in a solution zip; remove it or teach Packing/SolutionPacker about it");
            }
        }

        // Microsoft's SolutionPackager reads every file of a component folder as a component ("Root element is missing" on an
        // empty .gitkeep), so a placeholder or hidden file is refused here too, where the message can say what to do.
        foreach (string file in Directory.EnumerateFiles(source.Root, "*", SearchOption.AllDirectories).Select(source.Relative).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file).StartsWith('.') || new FileInfo(source.Full(file)).Length == 0)
            {
                throw new SolutionFormatException(
                    source.Display(file),
                    "an empty or hidden file is not a solution component, and Microsoft's SolutionPackager refuses the folder because of it; remove it (an empty folder needs no placeholder: the generator creates what it writes)");
            }
        }
    }
}
