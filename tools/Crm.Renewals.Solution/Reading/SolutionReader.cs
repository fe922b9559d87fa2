using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Reading;

/// <summary>
/// Reads an unpacked solution (the SolutionPackager layout of <c>Solution/src</c>) into a
/// <see cref="SolutionModel"/>, and platform tables written in the same Entity.xml format.
/// Forms, views and ribbons are not read. Every problem is a <see cref="SolutionFormatException"/>
/// naming the repo-relative file and the element or attribute to fix.
/// </summary>
public static class SolutionReader
{
    private const char SchemaPrefixSeparator = '_';

    /// <summary>Reads the whole solution folder.</summary>
    /// <param name="srcFolder">The unpacked solution folder, e.g. <c>Solution/src</c>.</param>
    /// <returns>Tables with resolved option sets and lookup targets, global choices, relationships, custom APIs and environment variables.</returns>
    /// <exception cref="SolutionFormatException">A file is missing, not well-formed or holds a bad value.</exception>
    public static SolutionModel Read(string srcFolder)
    {
        var paths = new DisplayPaths(srcFolder);
        if (!Directory.Exists(srcFolder))
        {
            throw new SolutionFormatException(paths.Of(srcFolder), "the solution folder is missing");
        }

        ManifestInfo manifest = ManifestReader.Read(XmlSource.Load(Path.Combine(srcFolder, SolutionLayout.Manifest), paths));
        Dictionary<string, OptionSetModel> optionSets = ReadOptionSets(srcFolder, paths);
        IReadOnlyList<RelationshipModel> relationships = RelationshipReader.ReadSolution(srcFolder, paths);
        List<TableDraft> drafts = ReadEntities(srcFolder, paths, manifest.Prefix + SchemaPrefixSeparator);
        return new SolutionModel
        {
            UniqueName = manifest.UniqueName,
            Version = manifest.Version,
            PublisherPrefix = manifest.Prefix,
            OptionValuePrefix = manifest.OptionValuePrefix,
            Tables = ModelResolver.Resolve(drafts, optionSets, relationships, requireTargets: true),
            OptionSets = optionSets.Values.ToList(),
            Relationships = relationships,
            CustomApis = Subfolders(srcFolder, SolutionLayout.CustomApisFolder).Select(f => CustomApiReader.Read(f, paths)).ToList(),
            EnvironmentVariables = Subfolders(srcFolder, SolutionLayout.EnvironmentVariablesFolder).Select(f => EnvironmentVariableReader.Read(f, paths)).ToList(),
            Roles = RoleReader.Read(srcFolder, paths),
        };
    }

    /// <summary>
    /// Reads one table written in the Entity.xml format, e.g. a platform table the emulator ships.
    /// Lookup targets come from <paramref name="relationships"/>, <c>&lt;LookupTypes&gt;</c> object type
    /// codes and the fixed targets of owner and customer columns; global option sets are not resolved.
    /// The table is reported as a platform table (<see cref="TableModel.IsCustom"/> false).
    /// </summary>
    /// <param name="entityXmlPath">Path of the Entity.xml file.</param>
    /// <param name="relationships">Relationships naming the table's lookups, if any.</param>
    /// <exception cref="SolutionFormatException">The file is missing, not well-formed or holds a bad value.</exception>
    public static TableModel ReadTable(string entityXmlPath, IReadOnlyList<RelationshipModel>? relationships = null)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(entityXmlPath)) ?? ".";
        return ReadTable(XmlSource.Load(entityXmlPath, new DisplayPaths(folder)), relationships);
    }

    /// <summary>Reads one table from a stream in the Entity.xml format, e.g. an embedded resource.</summary>
    /// <param name="entityXml">The Entity.xml content.</param>
    /// <param name="sourceName">Name used in messages and as <see cref="TableModel.SourceFile"/>.</param>
    /// <param name="relationships">Relationships naming the table's lookups, if any.</param>
    /// <exception cref="SolutionFormatException">The content is not well-formed or holds a bad value.</exception>
    public static TableModel ReadTable(Stream entityXml, string sourceName, IReadOnlyList<RelationshipModel>? relationships = null)
    {
        ArgumentNullException.ThrowIfNull(entityXml);
        return ReadTable(XmlSource.Load(entityXml, sourceName), relationships);
    }

    /// <summary>Reads the one-to-many relationships of one <c>&lt;EntityRelationships&gt;</c> file.</summary>
    /// <param name="relationshipsXmlPath">Path of a file such as <c>Other/Relationships/Account.xml</c>.</param>
    /// <exception cref="SolutionFormatException">The file is missing, not well-formed or holds a bad value.</exception>
    public static IReadOnlyList<RelationshipModel> ReadRelationships(string relationshipsXmlPath)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(relationshipsXmlPath)) ?? ".";
        return RelationshipReader.ReadFile(XmlSource.Load(relationshipsXmlPath, new DisplayPaths(folder)));
    }

    /// <summary>Reads the one-to-many relationships of an <c>&lt;EntityRelationships&gt;</c> stream.</summary>
    /// <param name="relationshipsXml">The file content.</param>
    /// <param name="sourceName">Name used in messages.</param>
    /// <exception cref="SolutionFormatException">The content is not well-formed or holds a bad value.</exception>
    public static IReadOnlyList<RelationshipModel> ReadRelationships(Stream relationshipsXml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(relationshipsXml);
        return RelationshipReader.ReadFile(XmlSource.Load(relationshipsXml, sourceName));
    }

    private static TableModel ReadTable(XmlSource source, IReadOnlyList<RelationshipModel>? relationships)
    {
        TableDraft draft = EntityReader.Read(source, isCustom: false);
        return ModelResolver.Resolve([draft], optionSets: null, relationships ?? [], requireTargets: false)[0];
    }

    private static Dictionary<string, OptionSetModel> ReadOptionSets(string srcFolder, DisplayPaths paths)
    {
        var optionSets = new Dictionary<string, OptionSetModel>(StringComparer.Ordinal);
        foreach (string file in Files(srcFolder, SolutionLayout.OptionSetsFolder))
        {
            XmlSource source = XmlSource.Load(file, paths);
            OptionSetModel optionSet = OptionSetReader.ReadGlobal(source);
            if (!string.Equals(optionSet.Name, Path.GetFileNameWithoutExtension(file), StringComparison.Ordinal))
            {
                throw source.Error(source.Document.Root, $"defines option set {optionSet.Name}; the file must be named {optionSet.Name}.xml");
            }

            optionSets.Add(optionSet.Name, optionSet);
        }

        return optionSets;
    }

    private static List<TableDraft> ReadEntities(string srcFolder, DisplayPaths paths, string customPrefix)
    {
        var drafts = new List<TableDraft>();
        foreach (string folder in Subfolders(srcFolder, SolutionLayout.EntitiesFolder))
        {
            XmlSource source = XmlSource.Load(Path.Combine(folder, SolutionLayout.EntityFile), paths);
            string folderName = Path.GetFileName(folder);
            bool isCustom = folderName.StartsWith(customPrefix, StringComparison.OrdinalIgnoreCase);
            TableDraft draft = EntityReader.Read(source, isCustom);
            if (!string.Equals(draft.Table.SchemaName, folderName, StringComparison.Ordinal))
            {
                throw source.Error(source.Document.Root, $"defines table {draft.Table.SchemaName}; its folder must be named {draft.Table.SchemaName}");
            }

            drafts.Add(draft);
        }

        return drafts;
    }

    private static IEnumerable<string> Subfolders(string srcFolder, string name)
    {
        string folder = Path.Combine(srcFolder, name);
        return Directory.Exists(folder) ? Directory.GetDirectories(folder).Order(StringComparer.Ordinal) : [];
    }

    private static IEnumerable<string> Files(string srcFolder, string name)
    {
        string folder = Path.Combine(srcFolder, name);
        return Directory.Exists(folder) ? Directory.GetFiles(folder, SolutionLayout.XmlPattern).Order(StringComparer.Ordinal) : [];
    }
}
