using System.Collections.Generic;

namespace Crm.Renewals.Solution.Model;

/// <summary>A table (entity) with its columns and keys.</summary>
public sealed record TableModel
{
    /// <summary>Logical (lower-case) name.</summary>
    public required string LogicalName { get; init; }

    /// <summary>Schema name, which is also the folder name under <c>Entities/</c>.</summary>
    public required string SchemaName { get; init; }

    /// <summary>The 1033 display name.</summary>
    public string DisplayName { get; init; } = "";

    /// <summary>Plural display name.</summary>
    public string DisplayCollectionName { get; init; } = "";

    /// <summary>True for a table the solution creates; false for a platform table it extends.</summary>
    public bool IsCustom { get; init; }

    /// <summary>Logical name of the primary key column.</summary>
    public required string PrimaryIdColumn { get; init; }

    /// <summary>Logical name of the primary name column, if any.</summary>
    public string? PrimaryNameColumn { get; init; }

    /// <summary><c>UserOwned</c>, <c>OrgOwned</c> or <c>None</c>.</summary>
    public string OwnershipType { get; init; } = "UserOwned";

    /// <summary>True for an activity table (task, ...).</summary>
    public bool IsActivity { get; init; }

    /// <summary>Web API entity set name.</summary>
    public string EntitySetName { get; init; } = "";

    /// <summary>Columns.</summary>
    public required IReadOnlyList<ColumnModel> Columns { get; init; }

    /// <summary>Alternate keys.</summary>
    public IReadOnlyList<AlternateKeyModel> Keys { get; init; } = [];

    /// <summary>
    /// True when the definition lists only some columns: a platform table a solution extends. Merge it
    /// with the platform's own definition; its primary id follows the platform's naming.
    /// </summary>
    public bool IsPartial { get; init; }

    /// <summary>Repo-relative file it was read from.</summary>
    public string SourceFile { get; init; } = "";
}
