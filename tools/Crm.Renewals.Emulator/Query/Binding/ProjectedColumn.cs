namespace Crm.Renewals.Emulator.Query.Binding;

/// <summary>One listed column of a table and the key it is returned under.</summary>
/// <param name="Attribute">The column's logical name.</param>
/// <param name="Key">The result attribute key (<c>name</c>, <c>contact1.fullname</c> or a FetchXML alias).</param>
/// <param name="Aliased">True when the value is wrapped in an <c>AliasedValue</c>.</param>
internal sealed record ProjectedColumn(string Attribute, string Key, bool Aliased);
