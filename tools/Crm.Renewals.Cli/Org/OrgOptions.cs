using System;
using System.Collections.Generic;
using System.Linq;

namespace Crm.Renewals.Cli.Org;

/// <summary>
/// Where and how <c>renewals org</c> signs in: the environment's URL and the tenant, as options or environment variables
/// (an option wins), and one of four ways to get a token.
/// </summary>
public sealed class OrgOptions
{
    /// <summary>Environment variable holding the environment's URL.</summary>
    public const string UrlVariable = "CRR_ORG_URL";

    /// <summary>Environment variables of the tenant, the app registration and its secret (Azure.Identity's names).</summary>
    public const string TenantVariable = "AZURE_TENANT_ID";

    /// <summary>The app registration's client id.</summary>
    public const string ClientIdVariable = "AZURE_CLIENT_ID";

    /// <summary>The app registration's client secret.</summary>
    public const string ClientSecretVariable = "AZURE_CLIENT_SECRET";

    /// <summary>Path of a PFX certificate of the app registration.</summary>
    public const string CertificateVariable = "AZURE_CLIENT_CERTIFICATE_PATH";

    /// <summary>The ways to sign in.</summary>
    public static readonly IReadOnlyList<string> AuthModes = ["secret", "certificate", "device-code", "managed-identity"];

    private OrgOptions(Uri url, string auth, string? tenant, string? clientId, string? secret, string? certificate, IReadOnlyList<string> rest)
    {
        Url = url;
        Auth = auth;
        Tenant = tenant;
        ClientId = clientId;
        ClientSecret = secret;
        CertificatePath = certificate;
        Rest = rest;
    }

    /// <summary>The environment, e.g. https://contoso.crm.dynamics.com.</summary>
    public Uri Url { get; }

    /// <summary>One of <see cref="AuthModes"/>.</summary>
    public string Auth { get; }

    /// <summary>The tenant id, or null (managed identity needs none).</summary>
    public string? Tenant { get; }

    /// <summary>The app registration's (or user-assigned identity's) client id, or null.</summary>
    public string? ClientId { get; }

    /// <summary>The client secret, or null.</summary>
    public string? ClientSecret { get; }

    /// <summary>The certificate's path, or null.</summary>
    public string? CertificatePath { get; }

    /// <summary>The arguments that are not sign-in options, in order.</summary>
    public IReadOnlyList<string> Rest { get; }

    /// <summary>Reads the options; the problem says what to give when something is missing or wrong.</summary>
    /// <param name="arguments">The arguments after the subcommand.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="options">The options, when there is no problem.</param>
    /// <returns>The problem, or null.</returns>
    public static string? TryRead(IReadOnlyList<string> arguments, Func<string, string?> environment, out OrgOptions? options)
    {
        options = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            string argument = arguments[i];
            if (argument is "--url" or "--tenant" or "--client-id" or "--client-secret" or "--certificate" or "--auth")
            {
                if (i + 1 >= arguments.Count)
                {
                    return $"{argument} needs a value";
                }

                values[argument] = arguments[++i];
            }
            else
            {
                rest.Add(argument);
            }
        }

        string? Value(string option, string variable) => values.TryGetValue(option, out var value) ? value : NullIfEmpty(environment(variable));
        string? url = Value("--url", UrlVariable);
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed) || parsed.Scheme != Uri.UriSchemeHttps && !parsed.IsLoopback)
        {
            return url is null
                ? $"give the environment's URL: --url https://<org>.crm.dynamics.com or {UrlVariable}"
                : $"the URL {url} is not an https address like https://<org>.crm.dynamics.com";
        }

        string? secret = Value("--client-secret", ClientSecretVariable);
        string? certificate = Value("--certificate", CertificateVariable);
        string auth = values.TryGetValue("--auth", out var chosen) ? chosen : secret is not null ? "secret" : certificate is not null ? "certificate" : "device-code";
        if (!AuthModes.Contains(auth))
        {
            return $"--auth {auth} is not one of {string.Join(", ", AuthModes)}";
        }

        string? tenant = Value("--tenant", TenantVariable);
        string? clientId = Value("--client-id", ClientIdVariable);
        string? missing = auth switch
        {
            "secret" when tenant is null || clientId is null || secret is null => $"a client secret sign-in needs the tenant (--tenant or {TenantVariable}), the client id (--client-id or {ClientIdVariable}) and the secret ({ClientSecretVariable})",
            "certificate" when tenant is null || clientId is null || certificate is null => $"a certificate sign-in needs the tenant, the client id and the PFX file (--certificate or {CertificateVariable})",
            "device-code" when tenant is null => $"a device code sign-in needs the tenant (--tenant or {TenantVariable})",
            _ => null,
        };
        if (missing is not null)
        {
            return missing;
        }

        options = new OrgOptions(new Uri(parsed.GetLeftPart(UriPartial.Authority)), auth, tenant, clientId, secret, certificate, rest);
        return null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
