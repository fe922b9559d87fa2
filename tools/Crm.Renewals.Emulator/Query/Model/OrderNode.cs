namespace Crm.Renewals.Emulator.Query.Model;

/// <summary>One sort key: a column (optionally of a linked table) or, in aggregate queries, an alias.</summary>
/// <param name="EntityAlias">The table alias the column belongs to; null for the table the order was declared on.</param>
/// <param name="Attribute">The column, or null when ordering by <paramref name="Alias"/>.</param>
/// <param name="Alias">An aggregate or group-by alias (FetchXML <c>order alias</c>).</param>
/// <param name="Descending">True for descending order.</param>
internal sealed record OrderNode(string? EntityAlias, string? Attribute, string? Alias, bool Descending);
