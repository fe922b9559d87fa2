using System.Collections.Generic;

namespace Crm.Renewals.Emulator.Query.Binding;

/// <summary>The columns one table of the query returns.</summary>
/// <param name="Scope">The table.</param>
/// <param name="AllColumns">True to return every column the row holds.</param>
/// <param name="Columns">The listed columns, when not <paramref name="AllColumns"/>.</param>
internal sealed record ScopeProjection(EntityScope Scope, bool AllColumns, IReadOnlyList<ProjectedColumn> Columns)
{
    /// <summary>The key of a column returned through <see cref="AllColumns"/>.</summary>
    public string KeyFor(string attribute) => Scope.IsRoot ? attribute : Scope.Alias + "." + attribute;
}
