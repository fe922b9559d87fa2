using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Domain.Text;
using Crm.Renewals.Plugins.Domain.Time;
using Crm.Renewals.Plugins.Domain.Validation;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>
/// Closing a renewal (spec §3). Won: the contract's next term is recorded (new end = old end +
/// term, with the end-of-month rule of <see cref="CalendarMath.AddMonthsKeepingMonthEnd"/>) and it
/// stays Active, so the next cycle starts by itself. Lost: the contract is Churned and win-back
/// tasks are planned. Both are idempotent: a close that runs twice finds the change already recorded.
/// </summary>
public static class RenewalClosing
{
    /// <summary>Longest term accepted, in months (ten years).</summary>
    public const int MaxTermMonths = 120;

    /// <summary>Decides the contract changes after its renewal was won.</summary>
    /// <param name="contract">The contract as it is now.</param>
    /// <param name="renewedTermEnd">The term end the won renewal was for (the opportunity's term end date).</param>
    /// <returns>The next term, already recorded, or refused.</returns>
    public static ContractClosing Won(RenewalContract contract, DateTime renewedTermEnd)
    {
        if (contract is null)
        {
            throw new ArgumentNullException(nameof(contract));
        }

        var problems = new List<ValidationProblem<RenewalField>>();
        if (contract.EndDate is null)
        {
            problems.Add(new(RenewalField.EndDate, "The contract has no end date, so its next term cannot be computed; enter the end of the current term."));
        }

        if (contract.TermMonths is not int term || term < 1 || term > MaxTermMonths)
        {
            problems.Add(new(RenewalField.TermMonths, "The contract's term must be 1–" + DomainText.Number(MaxTermMonths) + " months to compute the next term; it is "
                + (contract.TermMonths is int t ? DomainText.Number(t) : "empty") + "."));
        }

        if (contract.Status is ContractStatus status && status != ContractStatus.Active)
        {
            problems.Add(new(RenewalField.Status, "The contract is " + status + "; only an active contract moves to its next term."));
        }

        if (problems.Count > 0)
        {
            return Refused(problems);
        }

        var end = contract.EndDate!.Value.Date;
        if (end != renewedTermEnd.Date)
        {
            return new ContractClosing
            {
                Outcome = ContractClosingOutcome.AlreadyRecorded,
                Message = "The contract's current term ends on " + DomainText.Date(end) + ", not on " + DomainText.Date(renewedTermEnd)
                    + ": the next term was already recorded.",
            };
        }

        var nextEnd = CalendarMath.AddMonthsKeepingMonthEnd(end, contract.TermMonths!.Value);
        return new ContractClosing
        {
            Outcome = ContractClosingOutcome.Apply,
            Message = "Renewal won: the next term runs from " + DomainText.Date(end.AddDays(1)) + " to " + DomainText.Date(nextEnd) + ".",
            NewStatus = ContractStatus.Active,
            NextStartDate = end.AddDays(1),
            NextEndDate = nextEnd,
        };
    }

    /// <summary>Decides the contract changes after its renewal was lost.</summary>
    /// <param name="contract">The contract as it is now.</param>
    /// <param name="lostTermEnd">The term end of the renewal that was lost; null when the loss is not tied to a term (a lost save plan).</param>
    /// <param name="today">The day the loss is recorded.</param>
    /// <param name="policy">The renewal policy (win-back months).</param>
    /// <param name="winBackAlreadyPlanned">True when win-back tasks exist already (e.g. a save plan was logged as lost): none are added.</param>
    /// <returns>Churn with win-back tasks, already recorded, or refused.</returns>
    public static ContractClosing Lost(RenewalContract contract, DateTime? lostTermEnd, DateTime today, RenewalPolicy policy, bool winBackAlreadyPlanned)
    {
        if (contract is null)
        {
            throw new ArgumentNullException(nameof(contract));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        if (contract.Status == ContractStatus.Churned)
        {
            return new ContractClosing { Outcome = ContractClosingOutcome.AlreadyRecorded, Message = "The contract is already churned." };
        }

        // Losing a renewal of an earlier term (its contract has moved on since) says nothing about the current term.
        if (lostTermEnd is DateTime lostEnd && contract.EndDate is DateTime currentEnd && currentEnd.Date != lostEnd.Date)
        {
            return new ContractClosing
            {
                Outcome = ContractClosingOutcome.AlreadyRecorded,
                Message = "The lost renewal was for the term ending " + DomainText.Date(lostEnd) + "; the contract's current term ends on "
                    + DomainText.Date(currentEnd) + ", so the contract is left as it is.",
            };
        }

        // The customer is gone when the paid term ends; a loss recorded after that counts from the day it is recorded.
        var churnDate = CalendarMath.Later((contract.EndDate ?? today).Date, today.Date);
        var tasks = winBackAlreadyPlanned ? Array.Empty<PlannedTask>() : WinBackSchedule.Plan(churnDate, policy.WinBackMonths);
        return new ContractClosing
        {
            Outcome = ContractClosingOutcome.Apply,
            Message = "Renewal lost: the contract is churned as of " + DomainText.Date(churnDate)
                + (tasks.Count > 0 ? "; win-back tasks on " + DomainText.List(tasks.Select(t => DomainText.Date(t.DueDate)).ToList()) + "." : "."),
            NewStatus = ContractStatus.Churned,
            Tasks = tasks,
        };
    }

    private static ContractClosing Refused(IReadOnlyList<ValidationProblem<RenewalField>> problems) => new()
    {
        Outcome = ContractClosingOutcome.Refused,
        Message = string.Join(" ", problems.Select(p => p.Message)),
        Problems = problems,
    };
}
