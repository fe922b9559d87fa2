using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Crm.Renewals.Solution.Model;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Solution.Generation;

/// <summary>
/// Reads the platform tables the emulator defines (<see cref="RepositoryPaths.PlatformTables"/>) table by
/// table, with their relationships, through the same reader as <c>Solution/src</c>.
/// </summary>
public static class PlatformTableReader
{
    private const string EntitiesFolder = "Entities";
    private const string EntityFile = "Entity.xml";
    private const string RelationshipsFolder = "Other/Relationships";

    /// <summary>Reads every table.</summary>
    /// <param name="repositoryRoot">Absolute path of the repository root.</param>
    /// <returns>The tables sorted by logical name.</returns>
    /// <exception cref="SolutionFormatException">A file is missing or malformed.</exception>
    public static IReadOnlyList<TableModel> Read(string repositoryRoot)
    {
        string folder = Path.Combine(repositoryRoot, RepositoryPaths.PlatformTables);
        string relationshipFolder = Path.Combine(folder, RelationshipsFolder);
        List<RelationshipModel> relationships = Directory.Exists(relationshipFolder)
            ? Directory.GetFiles(relationshipFolder, "*.xml").Order(StringComparer.Ordinal).SelectMany(SolutionReader.ReadRelationships).ToList()
            : [];
        string entities = Path.Combine(folder, EntitiesFolder);
        if (!Directory.Exists(entities))
        {
            throw new SolutionFormatException(RepositoryPaths.PlatformTables + "/" + EntitiesFolder, "the folder of platform tables is missing");
        }

        return Directory.GetDirectories(entities)
            .Select(d => SolutionReader.ReadTable(Path.Combine(d, EntityFile), relationships))
            .OrderBy(t => t.LogicalName, StringComparer.Ordinal)
            .ToList();
    }
}
