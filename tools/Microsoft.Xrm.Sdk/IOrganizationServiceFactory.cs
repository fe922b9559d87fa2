using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Creates organization services running as a given user.</summary>
public interface IOrganizationServiceFactory
{
    /// <summary>Creates a service running as <paramref name="userId"/>; null means the SYSTEM user.</summary>
    /// <param name="userId">The user, or null.</param>
    /// <returns>The service.</returns>
    IOrganizationService CreateOrganizationService(Guid? userId);
}
