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
    /// <summary>A new organization with the solution's plugins, its clock at the emulator's default start.</summary>
    public static OrganizationEmulator Create() => OrganizationEmulator.ForSolution();

    /// <summary>
    /// A new organization whose environment variable <paramref name="schemaName"/> holds <paramref name="value"/>.
    /// Each emulated organization has its own organization id, so the plugins' per-organization policy cache
    /// never hands this policy to another test.
    /// </summary>
    /// <param name="schemaName">The environment variable, e.g. <c>crr_RiskPolicy</c>.</param>
    /// <param name="value">Its value.</param>
    public static OrganizationEmulator WithPolicy(string schemaName, string value) =>
        Create().SetEnvironmentVariable(schemaName, value);

    /// <summary>
    /// Requests plugins made (depth above 1), leaving out reads of environment variables: the first
    /// operation in an organization loads each policy once, later ones find it in the cache.
    /// </summary>
    /// <param name="log">The organization's log.</param>
    public static IReadOnlyList<RequestLogEntry> PluginRequests(OperationLog log) =>
        log.Requests.Where(request => request.Depth > 1 && request.EntityName != EnvironmentVariableDefinition.EntityLogicalName).ToArray();
}
