using System.IO.Compression;

namespace Crm.Renewals.Cli.Tests.Org;

/// <summary><c>renewals org import</c> against the loopback fake: a job followed to its end, and its version checked.</summary>
public sealed class ImportTests : IDisposable
{
    private const string JobId = "a0000000-0000-0000-0000-000000000001";
    private readonly string zip = Path.Combine(Path.GetTempPath(), "crr-import-" + Guid.NewGuid().ToString("N") + ".zip");

    public ImportTests()
    {
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        using var writer = new StreamWriter(archive.CreateEntry("solution.xml").Open());
        writer.Write("<ImportExportXml><SolutionManifest><UniqueName>CrmRenewals</UniqueName><Version>1.2.0.0</Version></SolutionManifest></ImportExportXml>");
    }

    public void Dispose() => File.Delete(zip);

    private static FakeDataverse Importing(params (int State, int Status, string? Message)[] job)
    {
        var fake = new FakeDataverse();
        fake.On("POST", "ImportSolutionAsync", _ => FakeDataverse.Ok(new { AsyncOperationId = JobId, ImportJobKey = "b0000000-0000-0000-0000-000000000002" }));
        int read = 0;
        fake.On("GET", $"asyncoperations({JobId})", _ =>
        {
            var (state, status, message) = job[Math.Min(read++, job.Length - 1)];
            return FakeDataverse.Ok(new { statecode = state, statuscode = status, message, friendlymessage = message });
        });
        fake.Get("importjobs(", FakeDataverse.Ok(new { progress = 42.0 }));
        fake.Get("solutions?", FakeDataverse.Rows(new { version = "1.2.0.0" }));
        return fake;
    }

    [Fact]
    public void Import_JobSucceeds_FollowsItWithProgressAndVerifiesTheVersion()
    {
        using var fake = Importing((1, 20, null), (1, 20, null), (3, 30, null));
        var run = new OrgRun(fake);

        var (code, output) = run.Run("import", zip);

        Assert.Equal(0, code);
        var body = fake.Received.Single(r => r.Method == "POST").Json;
        Assert.False(body.GetProperty("OverwriteUnmanagedCustomizations").GetBoolean());
        Assert.Equal(File.ReadAllBytes(zip), Convert.FromBase64String(body.GetProperty("CustomizationFile").GetString()!));
        Assert.Contains($"importing CrmRenewals 1.2.0.0 as system job {JobId}", output, StringComparison.Ordinal);
        Assert.Contains("  42%", output, StringComparison.Ordinal);
        Assert.Equal(2, run.Waits.Count);
        Assert.Contains("CrmRenewals 1.2.0.0 imported and verified", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FailsHalfWay_SaysThePlatformsReason()
    {
        using var fake = Importing((1, 20, null), (3, 31, "Solution manifest import: FAILURE: The plug-in assembly does not contain the required types"));

        var (code, output) = new OrgRun(fake).Run("import", zip);

        Assert.Equal(1, code);
        Assert.Contains($"the import of CrmRenewals 1.2.0.0 failed (system job {JobId}, status 31): Solution manifest import: FAILURE: The plug-in assembly does not contain the required types.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SucceedsButAnotherVersionIsInstalled_SaysSo()
    {
        using var fake = Importing((3, 30, null));
        fake.Get("solutions?", FakeDataverse.Rows(new { version = "1.1.0.0" }));

        var (code, output) = new OrgRun(fake).Run("import", zip);

        Assert.Equal(1, code);
        Assert.Contains("the environment holds CrmRenewals 1.1.0.0, not 1.2.0.0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingZip_IsRefusedBeforeAnyCall()
    {
        using var fake = Importing((3, 30, null));

        var (code, output) = new OrgRun(fake).Run("import", Path.Combine(Path.GetTempPath(), "missing-" + Guid.NewGuid().ToString("N") + ".zip"));

        Assert.Equal(2, code);
        Assert.Contains("does not exist; build the zip with renewals solution pack.", output, StringComparison.Ordinal);
        Assert.Empty(fake.Received);
    }

    [Fact]
    public void Import_FileThatIsNotAZip_IsRefusedBeforeAnyCall()
    {
        using var fake = Importing((3, 30, null));
        File.WriteAllText(zip, "not a zip");

        var (code, output) = new OrgRun(fake).Run("import", zip);

        Assert.Equal(2, code);
        Assert.StartsWith("renewals org import: ", output, StringComparison.Ordinal);
        Assert.Empty(fake.Received);
    }
}
