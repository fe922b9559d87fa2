using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The columns a retrieve returns: either all columns or the listed ones.</summary>
public sealed class ColumnSet : IExtensibleDataObject
{
    private DataCollection<string> _columns;

    /// <summary>Creates an empty column set (no columns, <see cref="AllColumns"/> false).</summary>
    public ColumnSet()
    {
    }

    /// <summary>Creates a column set for all columns or none.</summary>
    /// <param name="allColumns">True to return every column.</param>
    public ColumnSet(bool allColumns)
    {
        AllColumns = allColumns;
    }

    /// <summary>Creates a column set of the listed columns (copied, so more can be added).</summary>
    /// <param name="columns">The columns' logical names.</param>
    public ColumnSet(params string[] columns)
    {
        AddColumns(columns);
    }

    /// <summary>Gets or sets whether every column is returned, in which case <see cref="Columns"/> is ignored.</summary>
    public bool AllColumns { get; set; }

    /// <summary>Gets or sets the listed columns; created empty on first read.</summary>
    public DataCollection<string> Columns
    {
        get => _columns ??= new DataCollection<string>();
        set => _columns = value;
    }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets whether a file column's content is loaded lazily.</summary>
    public bool HasLazyFileAttribute { get; set; }

    /// <summary>Gets or sets the table of the lazily loaded file column.</summary>
    public string LazyFileAttributeEntityName { get; set; }

    /// <summary>Gets or sets the lazily loaded file column's name.</summary>
    public string LazyFileAttributeKey { get; set; }

    /// <summary>Gets or sets the largest file size loaded with the record.</summary>
    public int LazyFileAttributeSizeLimit { get; set; }

    /// <summary>Gets or sets the lazily loaded file column's content.</summary>
    public Lazy<object> LazyFileAttributeValue { get; set; }

    /// <summary>Adds a column.</summary>
    /// <param name="column">The column's logical name.</param>
    public void AddColumn(string column) => Columns.Add(column);

    /// <summary>Adds columns in order.</summary>
    /// <param name="columns">The columns' logical names.</param>
    public void AddColumns(params string[] columns) => Columns.AddRange(columns);
}
