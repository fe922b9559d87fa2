using System.Collections.Generic;

namespace Crm.Renewals.Cli.Demo;

/// <summary>One scripted change of an account's signals in the risk demo.</summary>
/// <param name="Day">Days after the demo's start on which the CSM saves the change.</param>
/// <param name="Account">Which of the demo's accounts changes (an index into the accounts picked by starting category).</param>
/// <param name="Story">What happened at the customer, in plain words.</param>
/// <param name="Columns">The columns the CSM saves.</param>
internal sealed record RiskDemoStep(int Day, int Account, string Story, IReadOnlyDictionary<string, object?> Columns);
