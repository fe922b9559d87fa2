using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Tests.Query.Fakes;

/// <summary>An in-memory <see cref="IQueryDataSource"/>, so the query tests do not depend on the emulator core.</summary>
public sealed class FakeQueryDataSource : IQueryDataSource
{
    private readonly Dictionary<string, TableModel> _tables;
    private readonly Dictionary<string, List<Entity>> _rows = [];

    public FakeQueryDataSource(params TableModel[] tables)
    {
        _tables = tables.ToDictionary(table => table.LogicalName);
        foreach (var table in tables)
        {
            _rows[table.LogicalName] = [];
        }
    }

    /// <summary>A source with the standard test tables (account, contact, opportunity).</summary>
    public static FakeQueryDataSource WithTestTables() => new(TestTables.Account, TestTables.Contact, TestTables.Opportunity);

    public DateTime UtcNow { get; set; } = new(2025, 3, 12, 15, 30, 0, DateTimeKind.Utc);

    public Guid CallerId { get; set; } = Guid.NewGuid();

    /// <summary>How many times rows of each table were enumerated.</summary>
    public Dictionary<string, int> Reads { get; } = [];

    public TableModel GetTable(string logicalName) =>
        _tables.TryGetValue(logicalName, out var table)
            ? table
            : throw new OrganizationFaultException(ErrorCodes.QueryBuilderNoEntity, $"The entity with a name = '{logicalName}' was not found in the MetadataCache.");

    public IEnumerable<Entity> GetRows(string logicalName)
    {
        Reads[logicalName] = Reads.GetValueOrDefault(logicalName) + 1;
        return _rows[GetTable(logicalName).LogicalName];
    }

    /// <summary>Stores rows as given, setting the primary id column from <see cref="Entity.Id"/> (new when empty).</summary>
    public FakeQueryDataSource Add(params Entity[] rows)
    {
        foreach (var row in rows)
        {
            var table = GetTable(row.LogicalName);
            if (row.Id == Guid.Empty)
            {
                row.Id = SequentialIds.Next();
            }

            row[table.PrimaryIdColumn] = row.Id;
            _rows[row.LogicalName].Add(row);
        }

        return this;
    }

    /// <summary>The stored row with this id (the instance the engine reads).</summary>
    public Entity Stored(string logicalName, Guid id) => _rows[logicalName].Single(row => row.Id == id);
}
