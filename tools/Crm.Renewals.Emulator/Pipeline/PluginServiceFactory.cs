using System;
using Crm.Renewals.Emulator.Services;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Pipeline;

/// <summary>
/// Creates the organization services a plugin uses: its calls are nested in the calling step's
/// operation (depth + 1, same correlation and initiating user); <c>null</c> means SYSTEM.
/// </summary>
internal sealed class PluginServiceFactory : IOrganizationServiceFactory
{
    private readonly EmulatedOrganization organization;
    private readonly PluginExecutionContext context;

    public PluginServiceFactory(EmulatedOrganization organization, PluginExecutionContext context)
    {
        this.organization = organization;
        this.context = context;
    }

    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        new EmulatedOrganizationService(organization, CallerContext.FromPlugin(context, userId ?? organization.Identities.SystemUserId));
}
