using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Text;
using Crm.Renewals.Plugins.Domain.Validation;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>
/// What an active contract must hold to be saved: everything <see cref="RenewalPlanner.Validate"/> needs to
/// plan its renewal, plus a term of <see cref="MinTermMonths"/>–<see cref="RenewalClosing.MaxTermMonths"/>
/// months, without which a won renewal cannot record the next term (<see cref="RenewalClosing.Won"/>).
/// A contract that is not active (churned, renewed) gets no renewal and is not checked.
/// </summary>
public static class ContractSaveRules
{
    /// <summary>Shortest term accepted, in months.</summary>
    public const int MinTermMonths = 1;

    /// <summary>Checks a contract as the save will leave it.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="account">Its account.</param>
    /// <returns>The problems, contract columns first; empty when the save may go ahead.</returns>
    public static IReadOnlyList<ValidationProblem<RenewalField>> Validate(RenewalContract contract, RenewalAccount account)
    {
        if (contract is null)
        {
            throw new ArgumentNullException(nameof(contract));
        }

        if (contract.Status is ContractStatus status && status != ContractStatus.Active)
        {
            return Array.Empty<ValidationProblem<RenewalField>>();
        }

        var problems = RenewalPlanner.Validate(contract, account).ToList();
        if (TermProblem(contract.TermMonths) is { } term)
        {
            var firstAccountProblem = problems.FindIndex(problem => problem.Field is RenewalField.Segment or RenewalField.AccountOwner);
            problems.Insert(firstAccountProblem < 0 ? problems.Count : firstAccountProblem, term);
        }

        return problems;
    }

    /// <summary>The problem with a term length, or null when it is within the allowed range.</summary>
    /// <param name="termMonths">The term in months, or null when missing.</param>
    /// <returns>The problem naming <see cref="RenewalField.TermMonths"/>, or null.</returns>
    public static ValidationProblem<RenewalField>? TermProblem(int? termMonths)
    {
        var range = DomainText.Range(MinTermMonths, RenewalClosing.MaxTermMonths);
        return termMonths switch
        {
            null => new(RenewalField.TermMonths, "The contract has no term; enter the length of one term in months (" + range + ") so a won renewal can record the next term."),
            < MinTermMonths or > RenewalClosing.MaxTermMonths => new(
                RenewalField.TermMonths, "The contract's term must be " + range + " months; it is " + DomainText.Number(termMonths.Value) + "."),
            _ => null,
        };
    }
}
