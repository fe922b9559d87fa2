using Crm.Renewals.Cli.Org;
using Crm.Renewals.Cli.Policies;
using Crm.Renewals.Emulator.Metadata;

namespace Crm.Renewals.Cli.Tests.Org;

/// <summary>A fake environment holding what this repository installs, every part as it should be; tests then break one.</summary>
internal static class HealthyEnvironment
{
    public static DoctorExpectations Expected { get; } = DoctorExpectations.FromRepository(SolutionLocator.FindSolutionSource());

    public static FakeDataverse Serve(FakeDataverse fake)
    {
        var defaults = OrganizationMetadata.ForRepositorySolution().EnvironmentVariables.ToDictionary(v => v.SchemaName, v => v.DefaultValue, StringComparer.Ordinal);
        fake.Get("solutions?", FakeDataverse.Rows(new { uniquename = Expected.SolutionName, version = Expected.Version, ismanaged = true }))
            .Get("sdkmessageprocessingsteps?", FakeDataverse.Rows(Expected.Steps.Select(s => (object)new { sdkmessageprocessingstepid = s.Id.ToString("D"), name = s.Name, statecode = 0 }).ToArray()))
            .Get("environmentvariabledefinitions?", FakeDataverse.Rows(PolicyCatalog.Variables.Select(v => (object)new Dictionary<string, object?>
            {
                ["schemaname"] = v,
                ["defaultvalue"] = defaults[v],
                ["environmentvariabledefinition_environmentvariablevalue"] = Array.Empty<object>(),
            }).ToArray()))
            .Get($"workflows({Expected.SweepFlow:D})", FakeDataverse.Ok(new { name = "Renewals | Daily renewal sweep", statecode = 1 }))
            .Get(Expected.AuthoritiesSet + "?", FakeDataverse.Rows(
                Authority("u1", "Dana Director", 642310002, "2026-01-01", null),
                Authority("u2", "Manny Manager", 642310001, "2026-01-01", "2026-12-31")));
        foreach (var (table, key) in Expected.Keys)
        {
            fake.Get($"EntityDefinitions(LogicalName='{table}')/Keys", FakeDataverse.Rows(new { LogicalName = key, EntityKeyIndexStatus = "Active" }));
        }

        return fake;
    }

    public static object Authority(string user, string name, int level, string from, string? to) => new Dictionary<string, object?>
    {
        ["_crr_user_value"] = user,
        ["_crr_user_value@OData.Community.Display.V1.FormattedValue"] = name,
        ["crr_level"] = level,
        ["crr_validfrom"] = from,
        ["crr_validto"] = to,
        ["statecode"] = 0,
    };
}
