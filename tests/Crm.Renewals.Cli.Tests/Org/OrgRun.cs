using Crm.Renewals.Cli.Commands;

namespace Crm.Renewals.Cli.Tests.Org;

/// <summary>Runs <c>renewals org …</c> against a fake: its URL and a client secret sign-in from the environment, waits recorded.</summary>
internal sealed class OrgRun(FakeDataverse fake, FakeCredential? credential = null)
{
    public List<TimeSpan> Waits { get; } = [];

    public FakeCredential Credential { get; } = credential ?? new FakeCredential();

    public (int Code, string Output) Run(params string[] arguments)
    {
        var environment = new Dictionary<string, string>
        {
            ["CRR_ORG_URL"] = fake.Url.ToString(),
            ["AZURE_TENANT_ID"] = "00000000-0000-0000-0000-00000000000a",
            ["AZURE_CLIENT_ID"] = "00000000-0000-0000-0000-00000000000b",
            ["AZURE_CLIENT_SECRET"] = "not-a-real-secret",
        };
        var command = new OrgCommand(name => environment.GetValueOrDefault(name), (_, _) => Credential, null, (wait, _) =>
        {
            Waits.Add(wait);
            return Task.CompletedTask;
        }, () => new DateTime(2026, 12, 3));
        using var output = new StringWriter();
        int code = command.Run(arguments, output);
        return (code, output.ToString());
    }
}
