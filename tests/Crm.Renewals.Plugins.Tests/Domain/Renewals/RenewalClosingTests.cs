using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Tasks;
using static Crm.Renewals.Plugins.Tests.Domain.Renewals.RenewalTestData;

namespace Crm.Renewals.Plugins.Tests.Domain.Renewals;

public class RenewalClosingTests
{
    [Theory]
    [InlineData("2025-09-30", 12, "2025-10-01", "2026-09-30")] // plain yearly term
    [InlineData("2025-03-15", 12, "2025-03-16", "2026-03-15")] // mid-month keeps its day
    [InlineData("2025-01-31", 1, "2025-02-01", "2025-02-28")] // month end to a shorter month
    [InlineData("2024-01-31", 1, "2024-02-01", "2024-02-29")] // leap February
    [InlineData("2023-02-28", 12, "2023-03-01", "2024-02-29")] // month end of Feb lands on the leap day (term starting 1 March)
    [InlineData("2024-02-29", 12, "2024-03-01", "2025-02-28")] // leap day to a common year
    [InlineData("2025-04-30", 1, "2025-05-01", "2025-05-31")] // month end stays month end in a longer month
    [InlineData("2025-01-30", 1, "2025-01-31", "2025-02-28")] // not a month end: clamped
    [InlineData("2025-12-31", 24, "2026-01-01", "2027-12-31")] // multi-year across a year end
    [InlineData("2025-08-31", 6, "2025-09-01", "2026-02-28")] // half-year term
    public void Won_ActiveContract_RecordsNextTerm(string end, int termMonths, string nextStart, string nextEnd)
    {
        var endDate = DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture);
        var contract = Contract with { EndDate = endDate, StartDate = endDate.AddYears(-1), TermMonths = termMonths };

        var closing = RenewalClosing.Won(contract, endDate);

        Assert.Equal(ContractClosingOutcome.Apply, closing.Outcome);
        Assert.Equal(ContractStatus.Active, closing.NewStatus);
        Assert.Equal(DateTime.Parse(nextStart, System.Globalization.CultureInfo.InvariantCulture), closing.NextStartDate);
        Assert.Equal(DateTime.Parse(nextEnd, System.Globalization.CultureInfo.InvariantCulture), closing.NextEndDate);
        Assert.Empty(closing.Tasks);
    }

    [Fact]
    public void Won_Twice_SecondFindsItRecorded()
    {
        var first = RenewalClosing.Won(Contract, End);
        var advanced = Contract with { StartDate = first.NextStartDate, EndDate = first.NextEndDate };

        var second = RenewalClosing.Won(advanced, End);

        Assert.Equal(ContractClosingOutcome.AlreadyRecorded, second.Outcome);
        Assert.Null(second.NextEndDate);
        Assert.Equal("The contract's current term ends on 2026-09-30, not on 2025-09-30: the next term was already recorded.", second.Message);
    }

    [Theory]
    [InlineData("no end date", "The contract has no end date, so its next term cannot be computed; enter the end of the current term.")] // end date missing
    [InlineData("no term", "The contract's term must be 1–120 months to compute the next term; it is empty.")] // term missing
    [InlineData("zero term", "The contract's term must be 1–120 months to compute the next term; it is 0.")] // zero-month term
    [InlineData("too long", "The contract's term must be 1–120 months to compute the next term; it is 121.")] // more than ten years
    [InlineData("churned", "The contract is Churned; only an active contract moves to its next term.")] // a churned contract cannot renew
    public void Won_BadContract_IsRefused(string defect, string expected)
    {
        var contract = defect switch
        {
            "no end date" => Contract with { EndDate = null },
            "no term" => Contract with { TermMonths = null },
            "zero term" => Contract with { TermMonths = 0 },
            "too long" => Contract with { TermMonths = 121 },
            _ => Contract with { Status = ContractStatus.Churned },
        };

        var closing = RenewalClosing.Won(contract, End);

        Assert.Equal(ContractClosingOutcome.Refused, closing.Outcome);
        Assert.Equal(expected, Assert.Single(closing.Problems).Message);
        Assert.Null(closing.NewStatus);
    }

    [Fact]
    public void Lost_BeforeTheEnd_ChurnsAndPlansWinBackFromTheEndDate()
    {
        var closing = RenewalClosing.Lost(Contract, End, End.AddDays(-20), RenewalPolicy.Default, winBackAlreadyPlanned: false);

        Assert.Equal(ContractClosingOutcome.Apply, closing.Outcome);
        Assert.Equal(ContractStatus.Churned, closing.NewStatus);
        Assert.All(closing.Tasks, t => Assert.Equal(TaskMilestone.WinBack, t.Milestone));
        Assert.Equal(new[] { new DateTime(2025, 12, 31), new DateTime(2026, 3, 31), new DateTime(2026, 9, 30) }, closing.Tasks.Select(t => t.DueDate));
        Assert.Equal("Renewal lost: the contract is churned as of 2025-09-30; win-back tasks on 2025-12-31, 2026-03-31 and 2026-09-30.", closing.Message);
    }

    [Fact]
    public void Lost_AfterTheEnd_CountsFromTheDayItIsRecorded()
    {
        var recorded = End.AddDays(10);

        var closing = RenewalClosing.Lost(Contract, End, recorded, RenewalPolicy.Default, winBackAlreadyPlanned: false);

        Assert.Equal(recorded.AddMonths(3), closing.Tasks[0].DueDate);
        Assert.Equal("Win-back check-in (3 months after churn)", closing.Tasks[0].Subject);
    }

    [Fact]
    public void Lost_WinBackAlreadyPlanned_AddsNone()
    {
        var closing = RenewalClosing.Lost(Contract, End, End, RenewalPolicy.Default, winBackAlreadyPlanned: true);

        Assert.Equal(ContractStatus.Churned, closing.NewStatus);
        Assert.Empty(closing.Tasks);
    }

    [Fact]
    public void Lost_AlreadyChurned_DoesNothing()
    {
        var closing = RenewalClosing.Lost(Contract with { Status = ContractStatus.Churned }, End, End, RenewalPolicy.Default, winBackAlreadyPlanned: false);

        Assert.Equal(ContractClosingOutcome.AlreadyRecorded, closing.Outcome);
        Assert.Empty(closing.Tasks);
        Assert.Null(closing.NewStatus);
    }

    [Fact]
    public void Lost_RenewalOfAnEarlierTerm_LeavesTheCurrentTermAlone()
    {
        // The contract moved to its next term (a renewal was won); an old renewal closed as lost afterwards must not churn it.
        var closing = RenewalClosing.Lost(Contract, End.AddYears(-1), End, RenewalPolicy.Default, winBackAlreadyPlanned: false);

        Assert.Equal(ContractClosingOutcome.AlreadyRecorded, closing.Outcome);
        Assert.Null(closing.NewStatus);
        Assert.Empty(closing.Tasks);
        Assert.Contains("left as it is", closing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lost_ConfiguredMonths_AreUsed()
    {
        var closing = RenewalClosing.Lost(Contract, End, End, RenewalPolicy.Default with { WinBackMonths = new[] { 1 } }, winBackAlreadyPlanned: false);

        Assert.Equal(new DateTime(2025, 10, 31), Assert.Single(closing.Tasks).DueDate);
    }
}
