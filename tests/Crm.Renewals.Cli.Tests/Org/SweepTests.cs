using System.Text.Json;

namespace Crm.Renewals.Cli.Tests.Org;

/// <summary><c>renewals org sweep</c> against the loopback fake: pages, throttling, resuming, refusals.</summary>
public sealed class SweepTests
{
    private static FakeDataverse ThreePages()
    {
        var fake = new FakeDataverse();
        fake.Get("RetrieveTotalRecordCount", FakeDataverse.Ok(new { EntityRecordCountCollection = new { Keys = new[] { "crr_customercontract" }, Values = new[] { 30 } } }));
        fake.On("POST", "crr_GenerateRenewals", request =>
        {
            string? continuation = request.Json.TryGetProperty("Continuation", out var value) ? value.GetString() : null;
            return continuation switch
            {
                null => FakeDataverse.Ok(new { Created = 2, Skipped = 8, Failed = 0, MoreRecords = true, Continuation = "page-2" }),
                "page-2" => FakeDataverse.Ok(new { Created = 1, Skipped = 8, Failed = 1, MoreRecords = true, Continuation = "page-3" }),
                _ => FakeDataverse.Ok(new { Created = 0, Skipped = 10, Failed = 0, MoreRecords = false, Continuation = "" }),
            };
        });
        return fake;
    }

    [Fact]
    public void Sweep_ThreePages_SendsEachContinuationAndSumsWithAProgressBar()
    {
        using var fake = ThreePages();

        var (code, output) = new OrgRun(fake).Run("sweep");

        Assert.Equal(1, code); // one contract failed
        var calls = fake.Received.Where(r => r.Method == "POST").Select(r => r.Json.TryGetProperty("Continuation", out var c) ? c.GetString() : null).ToList();
        Assert.Equal([null, "page-2", "page-3"], calls);
        Assert.Contains("[##########....................]  33% 10 contracts swept in 1 call: created 2, skipped 8, failed 0", output, StringComparison.Ordinal);
        Assert.Contains("[##############################] 100% 30 contracts swept in 3 calls", output, StringComparison.Ordinal);
        Assert.Contains("Sweep done: created 3, skipped 26, failed 1 in 3 calls; 0 throttled calls waited out.", output, StringComparison.Ordinal);
    }

    // Service protection: the fake answers 429 with Retry-After 7 twice; the sweep waits exactly that and goes on.
    [Fact]
    public void Sweep_Throttled_WaitsTheRetryAfterAndCarriesOn()
    {
        using var fake = ThreePages();
        fake.Throttle(2, retryAfter: 7);
        var run = new OrgRun(fake);

        var (_, output) = run.Run("sweep");

        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], run.Waits);
        Assert.Contains("created 3, skipped 26, failed 1 in 3 calls; 2 throttled calls waited out.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_ThrottledBeyondTheLimit_StopsSayingToRunLater()
    {
        using var fake = ThreePages();
        fake.Throttle(100, retryAfter: 1);

        var (code, output) = new OrgRun(fake).Run("sweep");

        Assert.Equal(1, code);
        Assert.Contains("still throttled after 5 waits; run again later, the sweep resumes from its continuation.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_FromAContinuation_TheFirstCallCarriesIt()
    {
        using var fake = ThreePages();

        var (_, output) = new OrgRun(fake).Run("sweep", "--continuation", "page-3");

        var first = fake.Received.First(r => r.Method == "POST");
        Assert.Equal("page-3", first.Json.GetProperty("Continuation").GetString());
        Assert.Contains("Sweep done: created 0, skipped 10, failed 0 in 1 calls", output, StringComparison.Ordinal);
    }

    // A failure after the first page says how to resume from where it stopped.
    [Fact]
    public void Sweep_FailsHalfWay_SaysHowToResume()
    {
        using var fake = ThreePages();
        fake.On("POST", "crr_GenerateRenewals", request => request.Json.TryGetProperty("Continuation", out _)
            ? FakeDataverse.Error(500, "Generic SQL error.")
            : FakeDataverse.Ok(new { Created = 2, Skipped = 8, Failed = 0, MoreRecords = true, Continuation = "page-2" }));

        var (code, output) = new OrgRun(fake).Run("sweep");

        Assert.Equal(1, code);
        Assert.Contains("answered 500 InternalServerError: Generic SQL error. Resume with: renewals org sweep --continuation page-2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_TokenRefusedByTheEnvironment_SaysToAddTheApplicationUser()
    {
        using var fake = ThreePages();

        var (code, output) = new OrgRun(fake, new FakeCredential(token: "someone-elses")).Run("sweep");

        Assert.Equal(1, code);
        Assert.Contains("answered 401 Unauthorized: the token was refused. The app registration must be an application user of", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_SignInFails_SaysWhatToCheck()
    {
        using var fake = ThreePages();

        var (code, output) = new OrgRun(fake, new FakeCredential(refuse: true)).Run("sweep");

        Assert.Equal(1, code);
        Assert.Contains("No token for", output, StringComparison.Ordinal);
        Assert.Contains("AADSTS7000215: Invalid client secret provided. Check the tenant (--tenant or AZURE_TENANT_ID), the client id and its secret or certificate.", output, StringComparison.Ordinal);
        Assert.DoesNotContain(fake.Received, r => r.Method == "POST");
    }
}
