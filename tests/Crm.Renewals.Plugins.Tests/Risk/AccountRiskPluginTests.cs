using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Log;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Risk;
using Crm.Renewals.Plugins.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Plugins.Tests.Risk.RiskAccounts;

namespace Crm.Renewals.Plugins.Tests.Risk;

public class AccountRiskPluginTests
{
    private const string UpdateMessage = "Update";

    [Fact]
    public void Create_RedSignals_StoresCategoryScoreReasonsAndTime()
    {
        var org = SolutionOrganization.Create();

        var id = Create(org, Red());

        var account = Stored(org, id);
        Assert.Equal(RiskCategoryChoice.Red, account.GetAttributeValue<OptionSetValue>(Account.RiskCategory).Value);
        Assert.Equal(RiskCategoryChoice.Red, account.GetAttributeValue<OptionSetValue>(Account.ComputedCategory).Value);
        Assert.Equal(84, account.GetAttributeValue<int>(Account.RiskScore)); // Red band: 60 + floor(41 × 57.4 / 97.4), weight 2 flags × 20 + 30 × (100 − 42) / 100
        Assert.Equal("Health score 42 is below 50\nChampion or decision maker left", account.GetAttributeValue<string>(Account.RiskReasons));
        Assert.Equal(org.Clock.UtcNow, account.GetAttributeValue<DateTime>(Account.RiskEvaluatedOn));
    }

    [Fact]
    public void Create_NoSignals_IsGreenBecauseUnknownIsNoFlag()
    {
        var org = SolutionOrganization.Create();

        var id = Create(org, new Entity(Account.EntityLogicalName) { [Account.Name] = "Fabrikam" });

        Assert.Equal(RiskCategoryChoice.Green, Category(org, id));
        Assert.Equal("No red flags", Stored(org, id).GetAttributeValue<string>(Account.RiskReasons));
    }

    [Theory]
    [InlineData(34, RiskCategoryChoice.Red)] // below 35: Red on its own
    [InlineData(35, RiskCategoryChoice.Yellow)] // a single red flag
    [InlineData(49, RiskCategoryChoice.Yellow)] // still one flag
    [InlineData(50, RiskCategoryChoice.Yellow)] // no flag, but below 70
    [InlineData(69, RiskCategoryChoice.Yellow)] // top of the 50–69 band
    [InlineData(70, RiskCategoryChoice.Green)] // healthy
    public void Update_HealthScoreBoundary_StoresSpecCategory(int health, int expected)
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Healthy());

        org.Service.Update(Change(id, (Account.HealthScore, health)));

        Assert.Equal(expected, Category(org, id));
    }

    [Fact]
    public void Update_SignalChange_SavesResultsInTheSameOperation()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Healthy());
        org.Clock.AdvanceDays(3);
        org.Log.Clear();

        org.Service.Update(Change(id, (Account.CompetitiveSignal, true), (Account.BudgetSignal, true)));

        var account = Stored(org, id);
        Assert.Equal(RiskCategoryChoice.Red, account.GetAttributeValue<OptionSetValue>(Account.RiskCategory).Value);
        Assert.Equal(org.Clock.UtcNow, account.GetAttributeValue<DateTime>(Account.RiskEvaluatedOn));
        var update = Assert.Single(org.Log.RequestsOf(UpdateMessage));
        Assert.Equal(1, update.Depth);
        var step = Assert.Single(org.Log.StepsOf<AccountRiskPlugin>());
        Assert.Equal(20, step.Stage);
    }

    [Fact]
    public void Update_OneSignal_KeepsTheOtherStoredSignals()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Yellow());

        org.Service.Update(Change(id, (Account.EngagementDrop, true)));

        Assert.Equal(RiskCategoryChoice.Red, Category(org, id));
        Assert.Equal(
            "Champion or decision maker left\nEngagement dropped (skipped QBRs or declined trainings)",
            Stored(org, id).GetAttributeValue<string>(Account.RiskReasons));
    }

    [Fact]
    public void Update_SignalClearedToNull_WinsOverTheStoredValue()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, With(Healthy(), (Account.HealthScore, 20)));

        org.Service.Update(Change(id, (Account.HealthScore, null)));

        Assert.Equal(RiskCategoryChoice.Green, Category(org, id));
    }

    [Fact]
    public void Update_NonSignalColumn_DoesNotEvaluate()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Yellow());
        var evaluatedOn = Stored(org, id).GetAttributeValue<DateTime>(Account.RiskEvaluatedOn);
        org.Clock.AdvanceDays(1);
        org.Log.Clear();

        org.Service.Update(Change(id, (Account.Telephone1, "+49 30 1234567"), (Account.Segment, new OptionSetValue(SegmentChoice.Enterprise))));

        Assert.Empty(org.Log.StepsOf<AccountRiskPlugin>());
        Assert.Empty(org.Log.StepsOf<RiskHistoryPlugin>());
        Assert.Equal(evaluatedOn, Stored(org, id).GetAttributeValue<DateTime>(Account.RiskEvaluatedOn));
    }

    [Fact]
    public void Update_DirectWriteOfTheCategory_IsRecomputedNotTrusted()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());

        org.Service.Update(Change(id, (Account.RiskCategory, new OptionSetValue(RiskCategoryChoice.Green)), (Account.RiskScore, 0)));

        Assert.Equal(RiskCategoryChoice.Red, Category(org, id));
        Assert.Equal(84, Stored(org, id).GetAttributeValue<int>(Account.RiskScore));
    }

    [Fact]
    public void Update_CategoryUnchanged_PluginsMakeNoServiceCall()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Red());
        org.Log.Clear();

        org.Service.Update(Change(id, (Account.HealthScore, 40)));

        Assert.Empty(SolutionOrganization.PluginRequests(org.Log));
        Assert.Single(org.Log.StepsOf<AccountRiskPlugin>());
        Assert.Single(org.Log.StepsOf<RiskHistoryPlugin>());
        Assert.All(org.Log.Steps, step => Assert.Equal(OperationOutcome.Succeeded, step.Outcome));
    }

    public static TheoryData<string, object, string> OutOfRange => new()
    {
        // Each row: a signal column, a value just outside its range, and the message part naming column and range.
        { Account.HealthScore, 101, "Health score (crr_healthscore): Health score must be from 0 to 100; it is 101." },
        { Account.HealthScore, -1, "Health score (crr_healthscore): Health score must be from 0 to 100; it is -1." },
        { Account.AdoptionPercent, 100.5m, "Adoption % (crr_adoptionpercent): Adoption must be from 0% to 100% of licensed seats; it is 100.5%." },
        { Account.AdoptionPercent, -0.5m, "Adoption % (crr_adoptionpercent): Adoption must be from 0% to 100% of licensed seats; it is -0.5%." },
        { Account.Nps, 101, "NPS (crr_nps): NPS must be from -100 to 100; it is 101." },
        { Account.Nps, -101, "NPS (crr_nps): NPS must be from -100 to 100; it is -101." },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Update_SignalOutOfRange_IsRefusedNamingColumnAndRangeAndSavesNothing(string column, object value, string expected)
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Healthy());
        var before = Stored(org, id);
        var historyBefore = History(org, id).Count;

        var error = Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Update(Change(id, (column, value), (Account.ChampionLeft, true))));

        Assert.Equal("The account's risk cannot be evaluated, so nothing was saved. Fix these columns:\n- " + expected, error.Message);
        AssertUnchanged(before, Stored(org, id));
        Assert.Equal(historyBefore, History(org, id).Count);
        Assert.True(Assert.Single(org.Log.RequestsOf(UpdateMessage)).Outcome == OperationOutcome.Failed);
    }

    [Fact]
    public void Update_SeveralSignalsOutOfRange_ListsEveryProblemAtOnce()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Healthy());

        var error = Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Update(Change(id, (Account.HealthScore, 150), (Account.Nps, -200), (Account.AdoptionPercent, 120m))));

        Assert.Equal(
            "The account's risk cannot be evaluated, so nothing was saved. Fix these columns:\n"
            + "- Health score (crr_healthscore): Health score must be from 0 to 100; it is 150.\n"
            + "- Adoption % (crr_adoptionpercent): Adoption must be from 0% to 100% of licensed seats; it is 120%.\n"
            + "- NPS (crr_nps): NPS must be from -100 to 100; it is -200.",
            error.Message);
    }

    // Defect 7 of the review: an integration passing a whole number for adoption % got "AccountRiskPlugin failed
    // unexpectedly: Unable to cast System.Int32 …". The platform refuses a mistyped column before any step runs,
    // naming table, column, expected and given type (and the mapper refuses it too, see AccountRiskMapperTests).
    [Fact]
    public void Update_WholeNumberForADecimal_IsRefusedNamingTheColumnAndTypeBeforeAnyStep()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Healthy());
        var before = Stored(org, id);
        org.Log.Clear();

        var error = Assert.Throws<Emulator.OrganizationFaultException>(() => org.Service.Update(Change(id, (Account.AdoptionPercent, 42))));

        Assert.Equal(
            "Incorrect attribute value type System.Int32 for column 'crr_adoptionpercent' of table 'account': a Decimal column takes a System.Decimal.",
            error.Message);
        Assert.DoesNotContain("unexpectedly", error.Message, StringComparison.Ordinal);
        Assert.Empty(org.Log.StepsOf<AccountRiskPlugin>());
        AssertUnchanged(before, Stored(org, id));
    }

    [Fact]
    public void Create_SignalOutOfRange_CreatesNothing()
    {
        var org = SolutionOrganization.Create();

        Assert.Throws<InvalidPluginExecutionException>(() => Create(org, With(Healthy(), (Account.Nps, 150))));

        Assert.Empty(org.Rows(Account.EntityLogicalName));
        Assert.Empty(org.Rows(RiskChange.EntityLogicalName));
    }

    [Fact]
    public void Update_RiskPolicyFromEnvironmentVariable_IsApplied()
    {
        var org = SolutionOrganization.WithPolicy(EnvironmentVariableNames.RiskPolicy, "{\"redFlagsForRed\":3}");

        var id = Create(org, Red());

        Assert.Equal(RiskCategoryChoice.Yellow, Category(org, id));
    }

    [Fact]
    public void Create_InvalidRiskPolicy_IsRefusedNamingTheVariable()
    {
        var org = SolutionOrganization.WithPolicy(EnvironmentVariableNames.RiskPolicy, "{\"redFlagsForRed\":1}");

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Create(org, Healthy()));

        Assert.StartsWith("crr_RiskPolicy: redFlagsForRed is 1; allowed 2–10", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix the environment variable crr_RiskPolicy", error.Message, StringComparison.Ordinal);
        Assert.Empty(org.Rows(Account.EntityLogicalName));
    }

    private static void AssertUnchanged(Entity before, Entity after)
    {
        Assert.Equal(before.Attributes.Keys.Order(), after.Attributes.Keys.Order());
        foreach (var (column, value) in before.Attributes)
        {
            Assert.True(Equals(value, after[column]), column + " changed from " + value + " to " + after[column]);
        }
    }
}
