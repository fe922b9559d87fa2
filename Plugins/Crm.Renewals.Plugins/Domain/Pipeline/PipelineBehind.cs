using System;

namespace Crm.Renewals.Plugins.Domain.Pipeline;

/// <summary>Open renewals of a month whose next milestone is overdue: they have an open milestone task already due.</summary>
/// <param name="Month">First day of the month their terms end in.</param>
/// <param name="Count">How many renewals (each counted once, however many of its tasks are overdue).</param>
public sealed record PipelineBehind(DateTime Month, int Count);
