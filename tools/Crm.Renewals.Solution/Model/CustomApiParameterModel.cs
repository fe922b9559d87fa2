namespace Crm.Renewals.Solution.Model;

/// <summary>A Custom API request parameter or response property.</summary>
/// <param name="UniqueName">Name callers use.</param>
/// <param name="Type">Type code: 0 Boolean, 1 DateTime, 2 Decimal, 3 Entity, 4 EntityCollection, 5 EntityReference, 6 Float, 7 Integer, 8 Money, 9 Picklist, 10 String, 11 StringArray, 12 Guid.</param>
/// <param name="IsOptional">Request parameters only: may be omitted.</param>
/// <param name="LogicalEntityName">For Entity / EntityReference types: the table, if fixed.</param>
public sealed record CustomApiParameterModel(string UniqueName, int Type, bool IsOptional, string? LogicalEntityName);
