using System;

namespace Crm.Renewals.Solution.Packing;

/// <summary>One <c>&lt;RootComponent&gt;</c> row of the manifest.</summary>
/// <param name="Type">Component type, e.g. 1 table, 9 choice, 91 plug-in assembly.</param>
/// <param name="SchemaName">Schema name, for the types identified by name.</param>
/// <param name="Id">Id, for the types identified by id.</param>
internal sealed record RootComponent(int Type, string? SchemaName, Guid? Id);
