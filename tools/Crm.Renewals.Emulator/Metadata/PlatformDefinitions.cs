using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Solution.Model;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Emulator.Metadata;

/// <summary>
/// The platform tables the emulator defines (<c>Metadata/Platform</c>: Entity.xml files and relationship
/// files embedded in this assembly), read once per process by the same <see cref="SolutionReader"/> as
/// <c>Solution/src</c>. They hold only the columns the solution and the emulator use.
/// </summary>
internal static class PlatformDefinitions
{
    private const string ResourcePrefix = "Platform/";
    private const string EntitiesFolder = ResourcePrefix + "Entities/";
    private const string RelationshipsFolder = ResourcePrefix + "Relationships/";
    private static readonly Lazy<(IReadOnlyList<TableModel> Tables, IReadOnlyList<RelationshipModel> Relationships)> Definitions = new(Load);

    public static IReadOnlyList<TableModel> Tables => Definitions.Value.Tables;

    public static IReadOnlyList<RelationshipModel> Relationships => Definitions.Value.Relationships;

    private static (IReadOnlyList<TableModel>, IReadOnlyList<RelationshipModel>) Load()
    {
        var assembly = typeof(PlatformDefinitions).Assembly;
        var resources = assembly.GetManifestResourceNames()
            .Select(name => (Resource: name, Path: name.Replace('\\', '/')))
            .Where(resource => resource.Path.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .OrderBy(resource => resource.Path, StringComparer.Ordinal)
            .ToArray();
        var relationships = new List<RelationshipModel>();
        foreach (var (resource, path) in resources.Where(resource => resource.Path.StartsWith(RelationshipsFolder, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            relationships.AddRange(SolutionReader.ReadRelationships(stream, SourceName(path)));
        }

        var tables = new List<TableModel>();
        foreach (var (resource, path) in resources.Where(resource => resource.Path.StartsWith(EntitiesFolder, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            tables.Add(SolutionReader.ReadTable(stream, SourceName(path), relationships));
        }

        return (tables, relationships);
    }

    private static string SourceName(string resourcePath) => "tools/Crm.Renewals.Emulator/Metadata/" + resourcePath;
}
