using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Crm.Renewals.Solution.Model;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Emulator.Metadata;

/// <summary>
/// Everything an organization knows about its schema: the platform tables merged with a solution's
/// tables, relationships, Custom APIs and environment variables. Immutable and shared by every
/// organization created from it; build it once per process (the folder overloads cache it).
/// </summary>
public sealed class OrganizationMetadata
{
    private static readonly ConcurrentDictionary<string, Lazy<OrganizationMetadata>> FolderCache = new(StringComparer.Ordinal);
    private static readonly Lazy<OrganizationMetadata> PlatformOnlyMetadata = new(() => new OrganizationMetadata(null));

    private readonly Dictionary<string, TableSchema> tables;
    private readonly Dictionary<string, RelationshipModel> relationshipsByName;
    private readonly Dictionary<string, CustomApiModel> customApis;

    private OrganizationMetadata(SolutionModel? solution)
    {
        Solution = solution;
        Relationships = MetadataMerger.MergeRelationships(PlatformDefinitions.Relationships, solution?.Relationships ?? []);
        var merged = MetadataMerger.MergeTables(PlatformDefinitions.Tables, solution?.Tables ?? []);
        tables = merged.ToDictionary(
            table => table.LogicalName,
            table => new TableSchema(table, LookupTargetRules.Resolve(table, Relationships)),
            StringComparer.Ordinal);
        relationshipsByName = Relationships
            .GroupBy(relationship => relationship.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Last(), StringComparer.OrdinalIgnoreCase);
        CustomApis = solution?.CustomApis ?? [];
        customApis = CustomApis.ToDictionary(api => api.UniqueName, StringComparer.OrdinalIgnoreCase);
        EnvironmentVariables = solution?.EnvironmentVariables ?? [];
    }

    /// <summary>Only the platform tables, with no solution.</summary>
    public static OrganizationMetadata PlatformOnly => PlatformOnlyMetadata.Value;

    /// <summary>The solution laid over the platform, or null for <see cref="PlatformOnly"/>.</summary>
    public SolutionModel? Solution { get; }

    /// <summary>Every table, platform and solution.</summary>
    public IEnumerable<TableModel> Tables => tables.Values.Select(table => table.Model);

    /// <summary>Every one-to-many relationship, platform and solution.</summary>
    public IReadOnlyList<RelationshipModel> Relationships { get; }

    /// <summary>The solution's Custom API definitions.</summary>
    public IReadOnlyList<CustomApiModel> CustomApis { get; }

    /// <summary>The solution's environment variable definitions.</summary>
    public IReadOnlyList<EnvironmentVariableModel> EnvironmentVariables { get; }

    /// <summary>Metadata of an already-read solution laid over the platform tables.</summary>
    /// <param name="solution">The solution model (e.g. from <see cref="SolutionReader.Read"/>).</param>
    /// <returns>New metadata; keep it for the process, building it is not free.</returns>
    public static OrganizationMetadata FromSolution(SolutionModel solution) =>
        new(solution ?? throw new ArgumentNullException(nameof(solution)));

    /// <summary>The platform tables plus <paramref name="tables"/>, for tests that declare their own tables.</summary>
    /// <param name="tables">Custom tables or extensions of platform tables.</param>
    /// <returns>New metadata.</returns>
    public static OrganizationMetadata FromTables(params TableModel[] tables) => FromSolution(new SolutionModel
    {
        UniqueName = "EmulatorTestTables",
        Version = "1.0.0.0",
        PublisherPrefix = "test",
        OptionValuePrefix = 10000,
        Tables = tables,
        OptionSets = [],
        Relationships = [],
        CustomApis = [],
        EnvironmentVariables = [],
    });

    /// <summary>Reads an unpacked solution folder once per process and lays it over the platform tables.</summary>
    /// <param name="sourceFolder">The folder holding <c>Other/Solution.xml</c> (e.g. <c>Solution/src</c>).</param>
    /// <returns>The cached metadata of that folder.</returns>
    public static OrganizationMetadata FromSolutionFolder(string sourceFolder)
    {
        var key = Path.GetFullPath(sourceFolder ?? throw new ArgumentNullException(nameof(sourceFolder)));
        return FolderCache.GetOrAdd(key, folder => new Lazy<OrganizationMetadata>(() => FromSolution(SolutionReader.Read(folder)))).Value;
    }

    /// <summary>The repository's own <c>Solution/src</c>, read once per process.</summary>
    /// <returns>The cached metadata.</returns>
    public static OrganizationMetadata ForRepositorySolution() => FromSolutionFolder(SolutionLocator.FindSolutionSource());

    /// <summary>The table, or a fault like the platform's for an unknown table.</summary>
    /// <param name="logicalName">Logical name of the table.</param>
    /// <returns>The table model.</returns>
    /// <exception cref="OrganizationFaultException">No such table.</exception>
    public TableModel GetTable(string logicalName) => Schema(logicalName).Model;

    /// <summary>Whether the organization has the table.</summary>
    /// <param name="logicalName">Logical name of the table.</param>
    /// <returns>True when it exists.</returns>
    public bool HasTable(string logicalName) => logicalName is not null && tables.ContainsKey(logicalName);

    /// <summary>Whether the table has the column.</summary>
    /// <param name="table">Logical name of the table.</param>
    /// <param name="column">Logical name of the column.</param>
    /// <returns>True when both exist.</returns>
    public bool HasColumn(string table, string column) => tables.TryGetValue(table, out var schema) && schema.Has(column);

    /// <summary>The Custom API definition with that unique name, or null.</summary>
    /// <param name="uniqueName">Unique name (the message name).</param>
    /// <returns>The definition or null.</returns>
    public CustomApiModel? FindCustomApi(string uniqueName) => customApis.TryGetValue(uniqueName, out var api) ? api : null;

    /// <summary>The relationship with that schema name, or null.</summary>
    /// <param name="name">Schema name of the relationship.</param>
    /// <returns>The relationship or null.</returns>
    public RelationshipModel? FindRelationship(string name) => relationshipsByName.TryGetValue(name, out var relationship) ? relationship : null;

    internal TableSchema Schema(string logicalName)
    {
        if (logicalName is not null && tables.TryGetValue(logicalName, out var schema))
        {
            return schema;
        }

        throw new OrganizationFaultException(
            ErrorCodes.QueryBuilderNoEntity,
            "The entity with a name = '" + logicalName + "' with namemapping = 'Logical' was not found in the MetadataCache.");
    }

    internal IEnumerable<RelationshipModel> RelationshipsReferencing(string referencedTable) =>
        Relationships.Where(relationship => string.Equals(relationship.ReferencedTable, referencedTable, StringComparison.Ordinal));
}
