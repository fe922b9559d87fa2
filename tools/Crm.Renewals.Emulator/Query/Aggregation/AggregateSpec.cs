using System.Collections.Generic;

namespace Crm.Renewals.Emulator.Query.Aggregation;

/// <summary>The bound aggregate part of a FetchXML aggregate query.</summary>
/// <param name="Columns">Group-by and aggregate columns in document order.</param>
/// <param name="Orders">Orders by alias.</param>
/// <param name="RowLimit">The most rows the aggregate may read (Dataverse: 50,000).</param>
internal sealed record AggregateSpec(IReadOnlyList<AggregateColumn> Columns, IReadOnlyList<AggregateOrder> Orders, int RowLimit);
