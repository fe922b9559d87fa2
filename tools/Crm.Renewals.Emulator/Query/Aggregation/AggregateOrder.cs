namespace Crm.Renewals.Emulator.Query.Aggregation;

/// <summary>An order on an aggregate result, by alias.</summary>
internal sealed record AggregateOrder(string Alias, bool Descending);
