namespace Crm.Renewals.Solution.Model;

/// <summary>A one-to-many relationship (the lookup column lives on the referencing table).</summary>
/// <param name="Name">Schema name of the relationship.</param>
/// <param name="ReferencingTable">Logical name of the table holding the lookup.</param>
/// <param name="ReferencingColumn">Logical name of the lookup column.</param>
/// <param name="ReferencedTable">Logical name of the table the lookup points at.</param>
/// <param name="CascadeDelete"><c>Cascade</c>, <c>RemoveLink</c> or <c>Restrict</c>.</param>
public sealed record RelationshipModel(string Name, string ReferencingTable, string ReferencingColumn, string ReferencedTable, string CascadeDelete);
