using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Log;
using Crm.Renewals.Plugins.Model;

namespace Crm.Renewals.Plugins.Tests.Infrastructure;

/// <summary>
/// Organizations of the repository's <c>Solution/src</c> with every step and Custom API of
/// <c>PluginRegistrations</c>, for pipeline tests of any feature.
/// </summary>
public static class SolutionOrganization
{
    // Far beyond any time a test reaches by advancing the clock from the default start.
    private static readonly DateTime OwnPolicyEpoch = new(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly TimeSpan OwnPolicySpacing = TimeSpan.FromDays(1);

    /// <summary>A new organization with the solution's plugins, its clock at the emulator's default start.</summary>
    public static OrganizationEmulator Create() => OrganizationEmulator.ForSolution();

    /// <summary>
    /// A new organization whose environment variable <paramref name="schemaName"/> holds <paramref name="value"/>.
    /// Every emulated organization has the same organization id, so the per-organization policy cache is
    /// shared by every test in the process; this organization's clock is set to a day no other test uses
    /// (a cached policy serves only the minutes after it was loaded), so no other test sees this policy
    /// and this test sees no other's.
    /// </summary>
    /// <param name="slot">A number no other test passes; it chooses the day the organization's clock is set to.</param>
    /// <param name="schemaName">The environment variable, e.g. <c>crr_RiskPolicy</c>.</param>
    /// <param name="value">Its value.</param>
    public static OrganizationEmulator WithPolicy(int slot, string schemaName, string value)
    {
        var org = Create().SetEnvironmentVariable(schemaName, value);
        org.Clock.Set(OwnPolicyEpoch + (slot * OwnPolicySpacing));
        return org;
    }

    /// <summary>
    /// Requests plugins made (depth above 1), leaving out reads of environment variables: the policy
    /// cache is shared by every test (see <see cref="WithPolicy"/>), so whether one operation reloads
    /// a policy depends on what other tests ran just before.
    /// </summary>
    /// <param name="log">The organization's log.</param>
    public static IReadOnlyList<RequestLogEntry> PluginRequests(OperationLog log) =>
        log.Requests.Where(request => request.Depth > 1 && request.EntityName != EnvironmentVariableDefinition.EntityLogicalName).ToArray();
}
