using Crm.Renewals.Cli.Org;

namespace Crm.Renewals.Cli.Tests.Org;

public sealed class OrgOptionsTests
{
    private static string? Read(string[] arguments, Dictionary<string, string>? environment, out OrgOptions? options) =>
        OrgOptions.TryRead(arguments, name => (environment ?? []).GetValueOrDefault(name), out options);

    // Rows: arguments (| between), environment (name=value; between), and what is said.
    [Theory]
    [InlineData("", "", "give the environment's URL: --url https://<org>.crm.dynamics.com or CRR_ORG_URL")]
    [InlineData("--url|http://contoso.crm.dynamics.com", "", "the URL http://contoso.crm.dynamics.com is not an https address")]
    [InlineData("--url|https://contoso.crm.dynamics.com|--auth|password", "", "--auth password is not one of secret, certificate, device-code, managed-identity")]
    [InlineData("--url|https://contoso.crm.dynamics.com", "AZURE_CLIENT_SECRET=s", "a client secret sign-in needs the tenant")]
    [InlineData("--url|https://contoso.crm.dynamics.com|--auth|certificate|--tenant|t|--client-id|c", "", "a certificate sign-in needs the tenant, the client id and the PFX file")]
    [InlineData("--url|https://contoso.crm.dynamics.com", "", "a device code sign-in needs the tenant")]
    [InlineData("--url", "", "--url needs a value")]
    public void TryRead_SomethingMissing_SaysWhatToGive(string arguments, string environment, string expected)
    {
        var variables = environment.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);

        string? problem = Read(arguments.Split('|', StringSplitOptions.RemoveEmptyEntries), variables, out var options);

        Assert.NotNull(problem);
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
        Assert.Null(options);
    }

    [Fact]
    public void TryRead_OptionAndEnvironment_TheOptionWinsAndTheRestStays()
    {
        var environment = new Dictionary<string, string> { ["CRR_ORG_URL"] = "https://other.crm.dynamics.com", ["AZURE_TENANT_ID"] = "t" };

        Assert.Null(Read(["--url", "https://contoso.crm4.dynamics.com/main.aspx", "--auth", "managed-identity", "--continuation", "x"], environment, out var options));

        Assert.Equal(new Uri("https://contoso.crm4.dynamics.com"), options!.Url);
        Assert.Equal("managed-identity", options.Auth);
        Assert.Equal(["--continuation", "x"], options.Rest);
    }

    [Fact]
    public void TryRead_SecretInTheEnvironment_SignsInWithIt()
    {
        var environment = new Dictionary<string, string> { ["CRR_ORG_URL"] = "https://contoso.crm.dynamics.com", ["AZURE_TENANT_ID"] = "t", ["AZURE_CLIENT_ID"] = "c", ["AZURE_CLIENT_SECRET"] = "s" };

        Assert.Null(Read([], environment, out var options));
        Assert.Equal("secret", options!.Auth);
    }

    [Theory]
    [InlineData("secret", "ClientSecretCredential")]
    [InlineData("certificate", "ClientCertificateCredential")]
    [InlineData("device-code", "DeviceCodeCredential")]
    [InlineData("managed-identity", "ManagedIdentityCredential")]
    public void Credentials_EachSignIn_IsItsAzureIdentityCredential(string auth, string expected)
    {
        var environment = new Dictionary<string, string> { ["AZURE_TENANT_ID"] = "00000000-0000-0000-0000-00000000000a", ["AZURE_CLIENT_ID"] = "00000000-0000-0000-0000-00000000000b", ["AZURE_CLIENT_SECRET"] = "s", ["AZURE_CLIENT_CERTIFICATE_PATH"] = "/nowhere/cert.pfx" };
        Assert.Null(Read(["--url", "https://contoso.crm.dynamics.com", "--auth", auth], environment, out var options));

        Assert.Equal(expected, Credentials.For(options!, TextWriter.Null).GetType().Name);
    }
}
