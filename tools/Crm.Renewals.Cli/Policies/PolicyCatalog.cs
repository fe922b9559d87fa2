using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Domain.Saves;
using Crm.Renewals.Plugins.Model;

namespace Crm.Renewals.Cli.Policies;

/// <summary>
/// The solution's JSON environment variables and the plugins' own parser of each: what an admin pastes is checked by
/// the code that will read it, with the same messages (naming the key and the allowed range).
/// </summary>
public static class PolicyCatalog
{
    private static readonly IReadOnlyDictionary<string, Action<string>> Parsers = new Dictionary<string, Action<string>>(StringComparer.OrdinalIgnoreCase)
    {
        [EnvironmentVariableNames.RiskPolicy] = json => RiskPolicy.Parse(json),
        [EnvironmentVariableNames.RenewalPolicy] = json => RenewalPolicy.Parse(json),
        [EnvironmentVariableNames.ApprovalMatrix] = json => ApprovalMatrix.Parse(json),
        [EnvironmentVariableNames.SavePolicy] = json => SavePolicy.Parse(json),
    };

    /// <summary>The variables' schema names, in order.</summary>
    public static IReadOnlyList<string> Variables { get; } = Parsers.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The schema name as the solution spells it, or null when the variable is not one of the solution's.</summary>
    public static string? Find(string variable) => Variables.FirstOrDefault(v => string.Equals(v, variable, StringComparison.OrdinalIgnoreCase));

    /// <summary>Checks a value with the plugins' parser.</summary>
    /// <param name="variable">A schema name from <see cref="Variables"/>.</param>
    /// <param name="json">The value.</param>
    /// <returns>The problems, one per line as the plugins word them; empty when the value is valid.</returns>
    public static IReadOnlyList<string> Check(string variable, string json)
    {
        try
        {
            Parsers[variable](json);
            return [];
        }
        catch (Crm.Renewals.Plugins.Domain.Policies.PolicyException exception)
        {
            return exception.Message.Split('\n');
        }
    }
}
