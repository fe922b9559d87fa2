namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>A sized save plan: its days to renewal at start and how it is run.</summary>
/// <param name="DaysToRenewalAtStart">Days from the plan's start to the renewal.</param>
/// <param name="Assessment">Effort, time mode, escalation and the reasons.</param>
public sealed record SavePlanSize(int DaysToRenewalAtStart, SaveAssessment Assessment);
