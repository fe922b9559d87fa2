using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Validation;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// Renewal problems as the user reads them: each prefixed with the column to fix, by display name and
/// logical name, as a form shows it and a flow or an import names it.
/// </summary>
internal static class RenewalProblemText
{
    /// <summary>The column of a contract without account, which the domain cannot name (it receives no account at all).</summary>
    public const string MissingAccount = "Account (" + CustomerContract.Account + "): the contract has no account; choose the customer account whose renewal this is.";

    /// <summary>Every problem, each with its column, in one message.</summary>
    public static string Describe(IReadOnlyList<ValidationProblem<RenewalField>> problems) =>
        ProblemText.Join(problems, ColumnOf, " ");

    /// <summary>The column a field stands for.</summary>
    public static string ColumnOf(RenewalField field) => field switch
    {
        RenewalField.StartDate => "Start date (" + CustomerContract.StartDate + ")",
        RenewalField.EndDate => "End date (" + CustomerContract.EndDate + ")",
        RenewalField.Arr => "ARR (" + CustomerContract.Arr + ")",
        RenewalField.TermMonths => "Term (months) (" + CustomerContract.TermMonths + ")",
        RenewalField.Status => "Contract status (" + CustomerContract.ContractStatus + ")",
        RenewalField.Segment => "Segment (" + Account.Segment + ") of the account",
        RenewalField.AccountOwner => "Owner (" + Account.OwnerId + ") of the account",
        _ => field.ToString(),
    };
}
