using System.Collections.Generic;

namespace Crm.Renewals.Emulator.Query.Model;

/// <summary>The columns requested from one table of the query.</summary>
/// <param name="AllColumns">True when every column is requested.</param>
/// <param name="Attributes">The listed columns (ignored when <paramref name="AllColumns"/>).</param>
internal sealed record ColumnSelection(bool AllColumns, IReadOnlyList<SelectedAttribute> Attributes)
{
    /// <summary>No column beyond the primary id.</summary>
    public static ColumnSelection None { get; } = new(false, []);

    /// <summary>Every column.</summary>
    public static ColumnSelection All { get; } = new(true, []);
}
