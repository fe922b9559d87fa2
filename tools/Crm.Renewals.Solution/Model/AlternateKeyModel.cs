using System.Collections.Generic;

namespace Crm.Renewals.Solution.Model;

/// <summary>An alternate key: the combination of column values that must be unique.</summary>
/// <param name="LogicalName">Key name.</param>
/// <param name="Columns">Logical names of the key columns.</param>
public sealed record AlternateKeyModel(string LogicalName, IReadOnlyList<string> Columns);
