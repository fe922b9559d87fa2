using System;

namespace Crm.Renewals.Plugins.Domain.Pipeline;

/// <summary>A window of term-end dates: its month, its first day and the day after its last.</summary>
/// <param name="Month">First day of the month it lies in.</param>
/// <param name="Start">First day.</param>
/// <param name="End">The day after the last.</param>
public sealed record PipelineWindow(DateTime Month, DateTime Start, DateTime End);
