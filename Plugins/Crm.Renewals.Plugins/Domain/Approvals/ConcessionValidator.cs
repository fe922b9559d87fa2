using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Text;
using Crm.Renewals.Plugins.Domain.Validation;

namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>
/// Input rules of a concession (spec §4). Ranges and the type are checked in every status; what a
/// concession must carry to be decided on (tied-to, sunset, rationale) is checked once it leaves
/// Draft, so a requester can save an unfinished draft. All thresholds apply to the renewal's total discount.
/// </summary>
public static class ConcessionValidator
{
    private const decimal MinPercent = 0m;
    private const decimal MaxPercent = 100m;

    /// <summary>Checks a concession about to be saved in <paramref name="status"/>.</summary>
    /// <param name="request">The concession.</param>
    /// <param name="status">The status it will have after the save.</param>
    /// <param name="matrix">The approval matrix.</param>
    /// <returns>The problems, each saying what to fix; empty when it can be saved.</returns>
    public static IReadOnlyList<ValidationProblem<ConcessionField>> Validate(ConcessionRequest request, ConcessionStatus status, ApprovalMatrix matrix)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (matrix is null)
        {
            throw new ArgumentNullException(nameof(matrix));
        }

        if (request.OtherApprovedDiscountPercent < MinPercent)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.OtherApprovedDiscountPercent, "The approved discounts on the renewal cannot sum to less than 0.");
        }

        var problems = new List<ValidationProblem<ConcessionField>>();
        if (request.Type is null || !Enum.IsDefined(typeof(ConcessionType), request.Type.Value))
        {
            problems.Add(new(ConcessionField.Type, "Choose the concession type: " + ConcessionTypes.AllAlternatives() + "."));
        }

        if (request.DiscountPercent is decimal discount && (discount < MinPercent || discount > MaxPercent))
        {
            problems.Add(new(ConcessionField.DiscountPercent, "The discount must be from 0% to 100%; it is " + DomainText.Percent(discount) + "."));
        }
        else if (request.TotalDiscountPercent > MaxPercent)
        {
            problems.Add(new(ConcessionField.DiscountPercent, DomainText.Percent(request.OtherApprovedDiscountPercent) + " is already approved on this renewal, so "
                + DomainText.Percent(request.DiscountPercent ?? 0m) + " more would make " + DomainText.Percent(request.TotalDiscountPercent)
                + "; the total discount cannot exceed 100%."));
        }

        if (status != ConcessionStatus.Draft && problems.Count == 0)
        {
            AddCompletenessProblems(request, matrix, problems);
        }

        return problems;
    }

    private static void AddCompletenessProblems(ConcessionRequest request, ApprovalMatrix matrix, List<ValidationProblem<ConcessionField>> problems)
    {
        if (request.Type == ConcessionType.PriceDiscount && !(request.DiscountPercent > 0m))
        {
            problems.Add(new(ConcessionField.DiscountPercent, "Enter the discount percentage of this price discount (more than 0%)."));
        }

        if (!request.HasDiscount)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(request.TiedTo))
        {
            problems.Add(new(ConcessionField.TiedTo, "Every discount must be tied to something in return: enter it in Tied to "
                + "(a multi-year commitment, case study participation, a value plan for a full-price renewal next year …)."));
        }

        var total = request.TotalDiscountPercent;
        var totalText = total == (request.DiscountPercent ?? 0m)
            ? "a discount of " + DomainText.Percent(total)
            : "a total discount of " + DomainText.Percent(total) + " on this renewal";
        if (total > matrix.SunsetRequiredAbovePercent && string.IsNullOrWhiteSpace(request.Sunset) && !request.SunsetWaived)
        {
            problems.Add(new(ConcessionField.Sunset, "Discounts above " + DomainText.Percent(matrix.SunsetRequiredAbovePercent) + " need a sunset, and this is "
                + totalText + ": enter one (e.g. \"year 1 only\") or waive it, which needs " + AuthorityLevels.WithArticle(matrix.SunsetWaiverLevel) + " or higher to approve."));
        }

        if (total >= matrix.RationaleRequiredFromPercent)
        {
            var why = " is required for discounts of " + DomainText.Percent(matrix.RationaleRequiredFromPercent) + " or more, and this is " + totalText + ".";
            AddIfBlank(request.BusinessRationale, ConcessionField.BusinessRationale, "A written business rationale" + why, problems);
            AddIfBlank(request.ChurnRisk, ConcessionField.ChurnRisk, "The churn risk" + why, problems);
            AddIfBlank(request.AlternativesConsidered, ConcessionField.AlternativesConsidered, "A list of the alternatives considered" + why, problems);
        }
    }

    private static void AddIfBlank(string? value, ConcessionField field, string message, List<ValidationProblem<ConcessionField>> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, message));
        }
    }
}
