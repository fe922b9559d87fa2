using Xunit.Abstractions;

namespace Crm.Renewals.Cli.Tests.Org;

/// <summary><c>renewals org doctor</c> against the loopback fake of the Web API.</summary>
public sealed class DoctorTests(ITestOutputHelper log)
{
    [Fact]
    public void Doctor_HealthyEnvironment_EveryCheckOkAndExitZero()
    {
        using var fake = HealthyEnvironment.Serve(new FakeDataverse());

        var (code, output) = new OrgRun(fake).Run("doctor");
        log.WriteLine(output);

        Assert.Equal(0, code);
        Assert.DoesNotContain("PROBLEM", output, StringComparison.Ordinal);
        Assert.Contains("Everything the solution needs is in place.", output, StringComparison.Ordinal);
        Assert.Contains($"steps enabled", output, StringComparison.Ordinal);
        Assert.Contains($"all {HealthyEnvironment.Expected.Steps.Count} steps registered and enabled", output, StringComparison.Ordinal);
        Assert.Contains("Renewals | Daily renewal sweep is on", output, StringComparison.Ordinal);
    }

    // Rows: what is broken in the environment, and the words doctor must say about it.
    [Theory]
    [InlineData("step", "is disabled: enable it")]
    [InlineData("variable", "the current value is refused, so every plugin reading it fails: crr_RiskPolicy: redFlagsForRed")]
    [InlineData("flow", "is off, so no renewal is generated at T-120")]
    [InlineData("key pending", "index is Pending: the platform is still building it")]
    [InlineData("key failed", "index Failed, usually because duplicate rows already exist")]
    [InlineData("above executive", "holds a level that is not one of CSM … Executive (642310009)")]
    [InlineData("overlap", "Dana Director has overlapping authorities")]
    [InlineData("expired", "Manny Manager's authority ended 2026-06-30 but the row is still active: deactivate it.")]
    [InlineData("old version", "0.9.0.0 is older than 1.0.0.0, which this repository builds")]
    public void Doctor_OneThingBroken_SaysWhatAndWhatToDoAndExitsOne(string broken, string expected)
    {
        using var fake = HealthyEnvironment.Serve(new FakeDataverse());
        var first = HealthyEnvironment.Expected.Steps[0];
        var key = HealthyEnvironment.Expected.Keys[0];
        switch (broken)
        {
            case "step":
                fake.Get("sdkmessageprocessingsteps?", FakeDataverse.Rows(HealthyEnvironment.Expected.Steps.Select(s => (object)new { sdkmessageprocessingstepid = s.Id.ToString("D"), name = s.Name, statecode = s.Id == first.Id ? 1 : 0 }).ToArray()));
                break;
            case "variable":
                fake.Get("environmentvariabledefinitions?", FakeDataverse.Rows(new Dictionary<string, object?>
                {
                    ["schemaname"] = "crr_RiskPolicy",
                    ["defaultvalue"] = null,
                    ["environmentvariabledefinition_environmentvariablevalue"] = new[] { new { value = "{\"redFlagsForRed\": 11}" } },
                }));
                break;
            case "flow":
                fake.Get($"workflows({HealthyEnvironment.Expected.SweepFlow:D})", FakeDataverse.Ok(new { name = "Renewals | Daily renewal sweep", statecode = 0 }));
                break;
            case "key pending":
            case "key failed":
                fake.Get($"EntityDefinitions(LogicalName='{key.Table}')/Keys", FakeDataverse.Rows(new { LogicalName = key.Key, EntityKeyIndexStatus = broken == "key pending" ? "Pending" : "Failed" }));
                break;
            case "above executive":
                fake.Get(HealthyEnvironment.Expected.AuthoritiesSet + "?", FakeDataverse.Rows(HealthyEnvironment.Authority("u9", "Ivy Imaginary", 642310009, "2026-01-01", null)));
                break;
            case "overlap":
                fake.Get(HealthyEnvironment.Expected.AuthoritiesSet + "?", FakeDataverse.Rows(
                    HealthyEnvironment.Authority("u1", "Dana Director", 642310002, "2026-01-01", "2026-12-31"),
                    HealthyEnvironment.Authority("u1", "Dana Director", 642310003, "2026-06-01", null)));
                break;
            case "expired":
                fake.Get(HealthyEnvironment.Expected.AuthoritiesSet + "?", FakeDataverse.Rows(HealthyEnvironment.Authority("u2", "Manny Manager", 642310001, "2026-01-01", "2026-06-30")));
                break;
            default:
                fake.Get("solutions?", FakeDataverse.Rows(new { uniquename = HealthyEnvironment.Expected.SolutionName, version = "0.9.0.0", ismanaged = true }));
                break;
        }

        var (code, output) = new OrgRun(fake).Run("doctor");

        Assert.Equal(1, code);
        Assert.Contains("PROBLEM", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    // An environment just imported: the flow not turned on yet, the key still building, a step someone disabled.
    [Fact]
    public void Doctor_FreshImport_ListsEachProblemWithWhatToDo()
    {
        using var fake = HealthyEnvironment.Serve(new FakeDataverse());
        var first = HealthyEnvironment.Expected.Steps[0];
        var key = HealthyEnvironment.Expected.Keys[0];
        fake.Get($"workflows({HealthyEnvironment.Expected.SweepFlow:D})", FakeDataverse.Ok(new { name = "Renewals | Daily renewal sweep", statecode = 0 }));
        fake.Get($"EntityDefinitions(LogicalName='{key.Table}')/Keys", FakeDataverse.Rows(new { LogicalName = key.Key, EntityKeyIndexStatus = "Pending" }));
        fake.Get("sdkmessageprocessingsteps?", FakeDataverse.Rows(HealthyEnvironment.Expected.Steps.Select(s => (object)new { sdkmessageprocessingstepid = s.Id.ToString("D"), name = s.Name, statecode = s.Id == first.Id ? 1 : 0 }).ToArray()));

        var (code, output) = new OrgRun(fake).Run("doctor");
        log.WriteLine(output);

        Assert.Equal(1, code);
        Assert.Contains("3 problems to fix; each line says what to do.", output, StringComparison.Ordinal);
    }

    // One unreadable check (no privilege) says so; the other checks still run.
    [Fact]
    public void Doctor_OneCheckForbidden_SaysItCouldNotBeReadAndRunsTheRest()
    {
        using var fake = HealthyEnvironment.Serve(new FakeDataverse());
        fake.Get(HealthyEnvironment.Expected.AuthoritiesSet + "?", FakeDataverse.Error(403, "Principal user is missing prvReadcrr_ApprovalAuthority privilege."));

        var (code, output) = new OrgRun(fake).Run("doctor");

        Assert.Equal(1, code);
        Assert.Matches(@"PROBLEM  approval authorities +could not be read: GET ", output);
        Assert.Contains("Give the user or application user the Renewals Administrator role", output, StringComparison.Ordinal);
        Assert.Contains("Renewals | Daily renewal sweep is on", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Doctor_Token_IsAskedForTheEnvironment()
    {
        using var fake = HealthyEnvironment.Serve(new FakeDataverse());
        var run = new OrgRun(fake);

        run.Run("doctor");

        Assert.Equal([new Uri(fake.Url, "/.default").ToString()], run.Credential.Scopes.Distinct());
    }
}
