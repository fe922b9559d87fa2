using System.Collections.Generic;
using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary><c>In</c> / <c>NotIn</c>; a null column is in no list, so NotIn matches it (as Dataverse's <c>not-in</c> does).</summary>
internal sealed class InPredicate(ColumnRef column, HashSet<ScalarKey> values, bool negate) : IRowPredicate
{
    public bool Matches(Entity?[] row) => column.TryRead(row, out var actual) ? values.Contains(actual) != negate : negate;
}
