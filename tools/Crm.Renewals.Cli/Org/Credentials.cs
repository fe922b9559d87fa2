using System;
using System.IO;
using Azure.Core;
using Azure.Identity;

namespace Crm.Renewals.Cli.Org;

/// <summary>The Azure.Identity credential for the sign-in the options chose.</summary>
public static class Credentials
{
    /// <summary>The credential; a device code sign-in writes its instructions to <paramref name="output"/>.</summary>
    public static TokenCredential For(OrgOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        return options.Auth switch
        {
            "secret" => new ClientSecretCredential(options.Tenant, options.ClientId, options.ClientSecret),
            "certificate" => new ClientCertificateCredential(options.Tenant, options.ClientId, options.CertificatePath),
            "managed-identity" => options.ClientId is null ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned) : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId)),
            _ => new DeviceCodeCredential(new DeviceCodeCredentialOptions
            {
                TenantId = options.Tenant,
                ClientId = options.ClientId ?? DeviceCodeClientId,
                DeviceCodeCallback = (code, _) =>
                {
                    output.WriteLine(code.Message);
                    return System.Threading.Tasks.Task.CompletedTask;
                },
            }),
        };
    }

    /// <summary>The well-known public client id Microsoft's own tools sign in to Dataverse with, when none is given.</summary>
    private const string DeviceCodeClientId = "51f81489-12ee-4a9e-aaae-a2591f45987d";
}
