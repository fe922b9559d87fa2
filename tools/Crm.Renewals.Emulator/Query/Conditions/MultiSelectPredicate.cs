using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>
/// Conditions on a multi-select choice (<c>OptionSetValueCollection</c>): contain-values /
/// not-contain-values, and Equal / NotEqual meaning exactly that set of choices.
/// </summary>
internal sealed class MultiSelectPredicate(ColumnRef column, HashSet<int> values, MultiSelectMatch match) : IRowPredicate
{
    public bool Matches(Entity?[] row)
    {
        var selected = column.ReadRaw(row) as OptionSetValueCollection;
        return match switch
        {
            MultiSelectMatch.ContainsAny => selected is not null && selected.Any(option => values.Contains(option.Value)),

            // Dataverse stores each choice as its own row, so a row without choices contains none of them.
            MultiSelectMatch.ContainsNone => selected is null || !selected.Any(option => values.Contains(option.Value)),
            MultiSelectMatch.Exactly => selected is not null && values.SetEquals(selected.Select(option => option.Value)),
            _ => selected is not null && !values.SetEquals(selected.Select(option => option.Value)),
        };
    }
}
