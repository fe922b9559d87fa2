using Crm.Renewals.Plugins.Domain.Renewals;
using static Crm.Renewals.Plugins.Tests.Domain.Renewals.RenewalTestData;

namespace Crm.Renewals.Plugins.Tests.Domain.Renewals;

public class ContractSaveRulesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(120)]
    public void Validate_TermWithinOneToHundredTwentyMonths_HasNoProblem(int term)
    {
        Assert.Empty(ContractSaveRules.Validate(Contract with { TermMonths = term }, Account));
    }

    [Theory]
    [InlineData(null, "The contract has no term; enter the length of one term in months (1–120) so a won renewal can record the next term.")]
    [InlineData(0, "The contract's term must be 1–120 months; it is 0.")]
    [InlineData(-6, "The contract's term must be 1–120 months; it is -6.")]
    [InlineData(121, "The contract's term must be 1–120 months; it is 121.")]
    public void Validate_TermMissingOrOutOfRange_NamesTheTerm(int? term, string expected)
    {
        var problem = Assert.Single(ContractSaveRules.Validate(Contract with { TermMonths = term }, Account));

        Assert.Equal(RenewalField.TermMonths, problem.Field);
        Assert.Equal(expected, problem.Message);
    }

    [Fact]
    public void Validate_TermAndAccountProblems_ListsContractColumnsFirst()
    {
        var problems = ContractSaveRules.Validate(Contract with { TermMonths = null, EndDate = null }, Account with { Segment = null });

        Assert.Equal(new[] { RenewalField.EndDate, RenewalField.TermMonths, RenewalField.Segment }, problems.Select(problem => problem.Field));
    }

    [Theory]
    [InlineData(ContractStatus.Churned)]
    [InlineData(ContractStatus.Renewed)]
    public void Validate_ContractNotActive_IsNotChecked(ContractStatus status)
    {
        Assert.Empty(ContractSaveRules.Validate(Contract with { Status = status, TermMonths = null, EndDate = null }, Account));
    }

    [Fact]
    public void Validate_WithoutStatus_ReportsWhatThePlannerReportsPlusTheTerm()
    {
        var contract = Contract with { Status = null, TermMonths = 0 };

        var problems = ContractSaveRules.Validate(contract, Account);

        Assert.Equal(RenewalPlanner.Validate(contract, Account).Select(problem => problem.Field).Append(RenewalField.TermMonths), problems.Select(problem => problem.Field));
    }
}
