namespace Crm.Renewals.Cli.Org;

/// <summary>One check of <c>renewals org doctor</c>: what was checked, whether it is fine, and what was found or what to do.</summary>
/// <param name="Check">What was checked.</param>
/// <param name="Ok">Whether it is as the solution needs it.</param>
/// <param name="Detail">What was found; when not fine, what to do.</param>
public sealed record Finding(string Check, bool Ok, string Detail);
