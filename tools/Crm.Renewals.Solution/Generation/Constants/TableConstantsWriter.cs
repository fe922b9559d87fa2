using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Generation.Constants;

/// <summary>One table's class: its logical name, primary columns, every column and its alternate keys.</summary>
internal static class TableConstantsWriter
{
    private const string EntityLogicalName = "EntityLogicalName";
    private const string PrimaryIdAttribute = "PrimaryIdAttribute";
    private const string PrimaryNameAttribute = "PrimaryNameAttribute";
    private const string KeyPrefix = "Key";
    private const string ClashSuffix = "Column";

    /// <summary>Column types whose option set gets its own class when it is local to the column.</summary>
    private static readonly HashSet<ColumnType> ChoiceTypes = [ColumnType.Picklist, ColumnType.MultiSelectPicklist, ColumnType.State, ColumnType.Status];

    /// <summary>Writes the table class and the classes of its local choices.</summary>
    public static IEnumerable<(string ClassName, string Text)> Write(TableModel table, ModelNaming naming, IReadOnlyDictionary<string, string> globalChoiceClasses)
    {
        string className = naming.Table(table);
        var source = new CSharpSource(className, $"Logical names of the {CSharpSource.Doc(Display(table))} table ({CSharpSource.Code(table.LogicalName)}): its columns and alternate keys.");
        source.AddString(EntityLogicalName, table.LogicalName, "Logical name of the table.");
        source.AddString(PrimaryIdAttribute, table.PrimaryIdColumn, "Logical name of the primary key column.");
        if (table.PrimaryNameColumn is string primaryName)
        {
            source.AddString(PrimaryNameAttribute, primaryName, "Logical name of the primary name column.");
        }

        var choices = new List<(string, string)>();
        Dictionary<string, string> identifiers = ColumnIdentifiers(table, naming, className);
        foreach (ColumnModel column in table.Columns.OrderBy(c => c.LogicalName, StringComparer.Ordinal))
        {
            string identifier = identifiers[column.LogicalName];
            string? choiceClass = ChoiceClass(column, className, identifier, naming, globalChoiceClasses, choices);
            source.AddString(identifier, column.LogicalName, ColumnDoc(column, choiceClass));
        }

        foreach (AlternateKeyModel key in table.Keys.OrderBy(k => k.LogicalName, StringComparer.Ordinal))
        {
            string name = KeyPrefix + string.Concat(key.Columns.Select(c => identifiers.TryGetValue(c, out string? id) ? id : CSharpNames.FromWords(c)));
            source.AddString(name, key.LogicalName, $"Alternate key on {string.Join(", ", key.Columns.Select(CSharpSource.Code))}.");
        }

        yield return (className, source.ToText());
        foreach ((string, string) choice in choices)
        {
            yield return choice;
        }
    }

    private static Dictionary<string, string> ColumnIdentifiers(TableModel table, ModelNaming naming, string className)
    {
        var reserved = new HashSet<string>(StringComparer.Ordinal) { EntityLogicalName, PrimaryIdAttribute, PrimaryNameAttribute, className };
        var identifiers = new Dictionary<string, string>(StringComparer.Ordinal);

        // Platform columns first, so that a solution column whose name clashes is the one that keeps its prefix.
        foreach (ColumnModel column in table.Columns.OrderBy(c => c.IsCustom).ThenBy(c => c.LogicalName, StringComparer.Ordinal))
        {
            string identifier = naming.Column(column);
            if (identifiers.ContainsValue(identifier))
            {
                identifier = ModelNaming.WithPrefix(column.SchemaName);
            }

            identifiers[column.LogicalName] = reserved.Contains(identifier) ? identifier + ClashSuffix : identifier;
        }

        return identifiers;
    }

    private static string? ChoiceClass(
        ColumnModel column,
        string tableClass,
        string identifier,
        ModelNaming naming,
        IReadOnlyDictionary<string, string> globalChoiceClasses,
        List<(string, string)> choices)
    {
        if (column.OptionSet is not OptionSetModel optionSet || !ChoiceTypes.Contains(column.Type) || optionSet.Options.Count == 0)
        {
            return null;
        }

        if (optionSet.IsGlobal)
        {
            return globalChoiceClasses.GetValueOrDefault(optionSet.Name);
        }

        string className = naming.LocalChoice(tableClass, identifier, column.LogicalName);
        string summary = $"Values of the {CSharpSource.Code(column.LogicalName)} choice of {CSharpSource.Code(tableClass)} ({CSharpSource.Doc(column.DisplayName)}).";
        choices.Add((className, ChoiceConstantsWriter.Write(className, summary, optionSet.Options)));
        return className;
    }

    private static string ColumnDoc(ColumnModel column, string? choiceClass)
    {
        string label = column.DisplayName.Length == 0 ? column.LogicalName : column.DisplayName;
        string choice = choiceClass is null ? string.Empty : $"; values in <see cref=\"{choiceClass}\"/>";
        return $"{CSharpSource.Doc(label)} ({column.Type}{choice}).";
    }

    private static string Display(TableModel table) => table.DisplayName.Length == 0 ? table.SchemaName : table.DisplayName;
}
