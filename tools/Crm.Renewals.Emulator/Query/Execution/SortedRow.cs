using Crm.Renewals.Emulator.Query.Values;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Execution;

/// <summary>A joined row with its sort keys and the SQL-ordered ids that break ties, computed once.</summary>
/// <param name="Row">The joined row.</param>
/// <param name="Keys">One key per order (null for a null value).</param>
/// <param name="RootId">The root row's id.</param>
/// <param name="LinkIds">The ids of the linked rows in slot order (empty without link-entities).</param>
internal sealed record SortedRow(Entity?[] Row, ScalarKey?[] Keys, SqlGuidKey RootId, SqlGuidKey[] LinkIds);
