using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>
/// Who must approve a concession (spec §4): the highest level among its items, where the
/// discount item is judged on the renewal's TOTAL discount including this concession; and whether
/// a given user may approve.
/// </summary>
public static class ConcessionApprovals
{
    /// <summary>The level a concession needs, with one reason per item.</summary>
    /// <param name="request">The concession (validated).</param>
    /// <param name="matrix">The approval matrix.</param>
    /// <returns>The required level and the reasons.</returns>
    public static RequiredApproval RequiredLevel(ConcessionRequest request, ApprovalMatrix matrix)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (matrix is null)
        {
            throw new ArgumentNullException(nameof(matrix));
        }

        var level = AuthorityLevel.Csm;
        var reasons = new List<string>();
        void Require(AuthorityLevel needed, string what)
        {
            level = AuthorityLevels.Max(level, needed);
            reasons.Add(what + " requires " + AuthorityLevels.DisplayName(needed));
        }

        var total = request.TotalDiscountPercent;
        if (request.HasDiscount)
        {
            Require(DiscountLevel(total, matrix), DiscountText(request));
        }

        switch (request.Type)
        {
            case ConcessionType.PaymentTerms:
                Require(matrix.PaymentTermsLevel, "Payment terms");
                break;
            case ConcessionType.Service:
                Require(matrix.ServiceLevel, "A service concession");
                break;
            case ConcessionType.Contractual:
                Require(matrix.ContractualLevel, "A contractual change");
                break;
            case ConcessionType.CustomDeal:
                Require(matrix.CustomDealLevel, "A custom deal");
                break;
        }

        if (request.IsCustomDeal && request.Type != ConcessionType.CustomDeal)
        {
            Require(matrix.CustomDealLevel, "A concession flagged as a custom deal");
        }

        if (request.SunsetWaived && request.HasDiscount && total > matrix.SunsetRequiredAbovePercent)
        {
            Require(matrix.SunsetWaiverLevel, "Waiving the sunset");
        }

        return new RequiredApproval(level, reasons);
    }

    /// <summary>The level a total discount needs under the matrix.</summary>
    /// <param name="totalPercent">The renewal's total discount in percent.</param>
    /// <param name="matrix">The approval matrix.</param>
    /// <returns>The band's level, the above-bands level, or the emergency level.</returns>
    public static AuthorityLevel DiscountLevel(decimal totalPercent, ApprovalMatrix matrix)
    {
        if (totalPercent >= matrix.EmergencyDiscountFromPercent)
        {
            return matrix.EmergencyLevel;
        }

        foreach (var band in matrix.DiscountBands)
        {
            if (totalPercent <= band.UpToPercent)
            {
                return band.Level;
            }
        }

        return matrix.DiscountAboveBandsLevel;
    }

    /// <summary>Whether a user may approve a concession that needs <paramref name="required"/>.</summary>
    /// <param name="approverLevel">The user's active approval authority, or null when they have none.</param>
    /// <param name="approverIsRequester">True when the user requested the concession.</param>
    /// <param name="required">The level the concession needs.</param>
    /// <returns>The decision with the reason the form shows.</returns>
    public static ApprovalDecision Decide(AuthorityLevel? approverLevel, bool approverIsRequester, AuthorityLevel required)
    {
        var requires = "Requires " + AuthorityLevels.DisplayName(required);
        if (approverIsRequester)
        {
            return new ApprovalDecision(false, requires + "; you requested this concession, so someone else must approve it.");
        }

        if (approverLevel is not AuthorityLevel level)
        {
            return new ApprovalDecision(false, requires + "; you have no approval authority.");
        }

        return level >= required
            ? new ApprovalDecision(true, requires + "; you are " + AuthorityLevels.WithArticle(level) + ", so you can approve it.")
            : new ApprovalDecision(false, requires + "; you are " + AuthorityLevels.WithArticle(level) + ".");
    }

    private static string DiscountText(ConcessionRequest request)
    {
        var own = request.DiscountPercent ?? 0m;
        if (request.OtherApprovedDiscountPercent == 0m)
        {
            return "A discount of " + DomainText.Percent(own);
        }

        return "A total discount of " + DomainText.Percent(request.TotalDiscountPercent) + " on this renewal ("
            + DomainText.Percent(request.OtherApprovedDiscountPercent) + " already approved + " + DomainText.Percent(own) + " here)";
    }
}
