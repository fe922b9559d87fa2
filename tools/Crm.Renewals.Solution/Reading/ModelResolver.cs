using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Reading;

/// <summary>
/// Completes tables read file by file: puts global option sets onto choice columns and lookup targets
/// (from relationships, <c>&lt;LookupTypes&gt;</c> and platform rules) onto reference columns, and checks
/// that relationships and keys name columns that exist.
/// </summary>
internal static class ModelResolver
{
    /// <param name="drafts">Tables as read.</param>
    /// <param name="optionSets">Global option sets by name; null when reading a table on its own.</param>
    /// <param name="relationships">One-to-many relationships that give lookups their targets.</param>
    /// <param name="requireTargets">True to refuse a lookup without any target.</param>
    public static List<TableModel> Resolve(
        IReadOnlyList<TableDraft> drafts,
        IReadOnlyDictionary<string, OptionSetModel>? optionSets,
        IReadOnlyList<RelationshipModel> relationships,
        bool requireTargets)
    {
        CheckRelationships(drafts, relationships);
        ILookup<(string Table, string Column), string> targets = relationships
            .Where(r => r.ReferencedTable != PlatformTables.OwnerPseudoTable)
            .ToLookup(r => (r.ReferencingTable, r.ReferencingColumn), r => r.ReferencedTable);
        return drafts.Select(d => ResolveTable(d, optionSets, targets, requireTargets)).ToList();
    }

    private static TableModel ResolveTable(
        TableDraft draft,
        IReadOnlyDictionary<string, OptionSetModel>? optionSets,
        ILookup<(string Table, string Column), string> targets,
        bool requireTargets)
    {
        List<ColumnModel> columns = draft.Columns.Select(c => ResolveColumn(draft, c, optionSets, targets, requireTargets)).ToList();
        var names = columns.Select(c => c.LogicalName).ToHashSet();
        foreach (AlternateKeyModel key in draft.Table.Keys)
        {
            string? missing = key.Columns.FirstOrDefault(c => !names.Contains(c));
            if (missing is not null && !draft.Table.IsPartial)
            {
                throw draft.Source.Error(null, $"key {key.LogicalName} names attribute {missing}, which table {draft.Table.LogicalName} does not define");
            }
        }

        return draft.Table with { Columns = columns };
    }

    private static ColumnModel ResolveColumn(
        TableDraft table,
        ColumnDraft draft,
        IReadOnlyDictionary<string, OptionSetModel>? optionSets,
        ILookup<(string Table, string Column), string> targets,
        bool requireTargets)
    {
        ColumnModel column = draft.Column;
        string owner = $"attribute {column.LogicalName}";
        if (draft.GlobalOptionSetName is string name && optionSets is not null)
        {
            column = optionSets.TryGetValue(name, out OptionSetModel? optionSet)
                ? column with { OptionSet = optionSet }
                : throw table.Source.Error(draft.Element, $"{owner} uses option set {name}, which {SolutionLayout.OptionSetsFolder}/ does not define");
        }

        if (!ColumnTypes.IsReference(column.Type))
        {
            return column;
        }

        IEnumerable<string> fixedTargets = column.Type switch
        {
            ColumnType.Owner => PlatformTables.OwnerTargets,
            ColumnType.Customer => PlatformTables.CustomerTargets,
            _ => [],
        };
        List<string> all = fixedTargets.Concat(targets[(table.Table.LogicalName, column.LogicalName)]).Concat(draft.LookupTypeTargets).Distinct().ToList();
        if (all.Count == 0 && requireTargets)
        {
            throw table.Source.Error(draft.Element,
                $"lookup {column.LogicalName} has no target: no relationship in {SolutionLayout.RelationshipFolder}/ names it as ReferencingAttributeName");
        }

        return column with { LookupTargets = all };
    }

    private static void CheckRelationships(IReadOnlyList<TableDraft> drafts, IReadOnlyList<RelationshipModel> relationships)
    {
        var tables = drafts.ToDictionary(d => d.Table.LogicalName);
        foreach (RelationshipModel relationship in relationships)
        {
            if (!tables.TryGetValue(relationship.ReferencingTable, out TableDraft? table))
            {
                continue;
            }

            ColumnDraft? column = table.Columns.FirstOrDefault(c => c.Column.LogicalName == relationship.ReferencingColumn);
            if (column is null && !table.Table.IsPartial)
            {
                throw table.Source.Error(null,
                    $"relationship {relationship.Name} names ReferencingAttributeName {relationship.ReferencingColumn}, which table {table.Table.LogicalName} does not define");
            }

            if (column is not null && !ColumnTypes.IsReference(column.Column.Type))
            {
                throw table.Source.Error(column.Element,
                    $"relationship {relationship.Name} uses attribute {column.Column.LogicalName} as its lookup, but its <Type> is not lookup, customer or owner");
            }
        }
    }
}
