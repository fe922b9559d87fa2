using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Domain.Policies;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Domain.Saves;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Infrastructure.Configuration;

/// <summary>
/// The four policies of the solution, read from their environment variables (JSON) and cached per
/// organization. An invalid value refuses the operation with the policy's own message, which names
/// the variable, the key and the allowed range, so an admin knows what to fix.
/// </summary>
public static class Policies
{
    /// <summary>The risk policy (<c>crr_RiskPolicy</c>).</summary>
    public static RiskPolicy Risk(ILocalPluginContext context) =>
        Get(context, RiskPolicy.VariableName, RiskPolicy.ParseOrDefault);

    /// <summary>The renewal policy (<c>crr_RenewalPolicy</c>).</summary>
    public static RenewalPolicy Renewal(ILocalPluginContext context) =>
        Get(context, RenewalPolicy.VariableName, RenewalPolicy.ParseOrDefault);

    /// <summary>The concession approval matrix (<c>crr_ApprovalMatrix</c>).</summary>
    public static ApprovalMatrix Approval(ILocalPluginContext context) =>
        Get(context, ApprovalMatrix.VariableName, ApprovalMatrix.ParseOrDefault);

    /// <summary>The save policy (<c>crr_SavePolicy</c>).</summary>
    public static SavePolicy Save(ILocalPluginContext context) =>
        Get(context, SavePolicy.VariableName, SavePolicy.ParseOrDefault);

    private static T Get<T>(ILocalPluginContext context, string variableName, System.Func<string?, T> parse)
        where T : class
    {
        return PolicyCache.Get(
            context.PluginExecutionContext.OrganizationId,
            variableName,
            context.Clock.UtcNow,
            () =>
            {
                var json = EnvironmentVariableReader.Read(context.SystemService, variableName);
                try
                {
                    return parse(json);
                }
                catch (PolicyException exception)
                {
                    throw new InvalidPluginExecutionException(
                        exception.Message + " Fix the environment variable " + variableName + " (Solutions → Environment variables).",
                        exception);
                }
            });
    }
}
