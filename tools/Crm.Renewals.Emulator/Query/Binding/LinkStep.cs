using Crm.Renewals.Emulator.Query.Conditions;
using Crm.Renewals.Emulator.Query.Model;

namespace Crm.Renewals.Emulator.Query.Binding;

/// <summary>A bound link-entity: which slot it fills, from which parent column, and its own criteria.</summary>
/// <param name="Scope">The joined table.</param>
/// <param name="ParentSlot">The slot of the table it joins to.</param>
/// <param name="ParentAttribute">The column on the parent.</param>
/// <param name="LinkedAttribute">The column on the joined table.</param>
/// <param name="JoinKind">Inner or left outer.</param>
/// <param name="Criteria">The link-entity's own filter, applied while joining; null for none.</param>
internal sealed record LinkStep(EntityScope Scope, int ParentSlot, string ParentAttribute, string LinkedAttribute, JoinKind JoinKind, IRowPredicate? Criteria)
{
    /// <summary>True when the join is on the joined table's primary key, so it never multiplies parent rows.</summary>
    public bool IsManyToOne => LinkedAttribute == Scope.Table.PrimaryIdColumn;
}
