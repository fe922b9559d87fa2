using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>
/// A compiled filter over one joined row: <c>row[slot]</c> is the row of the query's table in that
/// slot (0 = the root; a link-entity's slot is null when an outer join found nothing).
/// </summary>
internal interface IRowPredicate
{
    bool Matches(Entity?[] row);
}
