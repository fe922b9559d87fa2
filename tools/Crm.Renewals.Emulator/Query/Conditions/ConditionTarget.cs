using Crm.Renewals.Emulator.Query.Model;
using Crm.Renewals.Emulator.Query.Values;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>A condition resolved against metadata: the column it tests and where it sits in the joined row.</summary>
/// <param name="Table">The table's logical name.</param>
/// <param name="Slot">The table's slot in the joined row.</param>
/// <param name="Column">The column's metadata.</param>
/// <param name="Node">The condition as written.</param>
internal sealed record ConditionTarget(string Table, int Slot, ColumnModel Column, ConditionNode Node)
{
    public ValueKind Kind => ColumnKinds.Of(Column.Type);

    public ColumnRef Ref => new(Slot, Column.LogicalName);

    public string OperatorName => Node.OperatorDisplayName;
}
