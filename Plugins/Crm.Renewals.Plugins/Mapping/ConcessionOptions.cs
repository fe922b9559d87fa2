using System;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Mapping;

/// <summary>
/// Maps the approval domain's enums to the values of the global choices <c>crr_concessiontype</c>,
/// <c>crr_concessionstatus</c>, <c>crr_authoritylevel</c> and <c>crr_approvalaction</c>, and back. A value the choice
/// does not have maps to null (the validator then names the column), never to a guess.
/// </summary>
public static class ConcessionOptions
{
    /// <summary>The concession type a choice value stands for, or null.</summary>
    public static ConcessionType? TypeOf(OptionSetValue? value) => value?.Value switch
    {
        ConcessionTypeChoice.PriceDiscount => ConcessionType.PriceDiscount,
        ConcessionTypeChoice.PaymentTerms => ConcessionType.PaymentTerms,
        ConcessionTypeChoice.Service => ConcessionType.Service,
        ConcessionTypeChoice.Contractual => ConcessionType.Contractual,
        ConcessionTypeChoice.CustomDeal => ConcessionType.CustomDeal,
        _ => null,
    };

    /// <summary>The status a choice value stands for; an empty column is Draft.</summary>
    /// <exception cref="InvalidPluginExecutionException">The value is not an option of <c>crr_concessionstatus</c>: refused,
    /// naming the column and its options (a PreOperation step sees the value before the platform checks it).</exception>
    public static ConcessionStatus StatusOf(OptionSetValue? value) => value?.Value switch
    {
        null or ConcessionStatusChoice.Draft => ConcessionStatus.Draft,
        ConcessionStatusChoice.Submitted => ConcessionStatus.Submitted,
        ConcessionStatusChoice.Approved => ConcessionStatus.Approved,
        ConcessionStatusChoice.Rejected => ConcessionStatus.Rejected,
        _ => throw new InvalidPluginExecutionException(
            "Status (" + Concession.ConcessionStatus + ") " + value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not an option of "
            + ConcessionStatusChoice.OptionSetName + ": use Draft (" + ConcessionStatusChoice.Draft.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + "), Submitted (" + ConcessionStatusChoice.Submitted.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + "), Approved (" + ConcessionStatusChoice.Approved.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ") or Rejected (" + ConcessionStatusChoice.Rejected.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")."),
    };

    /// <summary>The choice value of a status.</summary>
    public static OptionSetValue ToOptionSetValue(ConcessionStatus status) => new(status switch
    {
        ConcessionStatus.Draft => ConcessionStatusChoice.Draft,
        ConcessionStatus.Submitted => ConcessionStatusChoice.Submitted,
        ConcessionStatus.Approved => ConcessionStatusChoice.Approved,
        _ => ConcessionStatusChoice.Rejected,
    });

    /// <summary>The level a choice value stands for, or null.</summary>
    public static AuthorityLevel? LevelOf(OptionSetValue? value) => value?.Value switch
    {
        AuthorityLevelChoice.CSM => AuthorityLevel.Csm,
        AuthorityLevelChoice.Manager => AuthorityLevel.Manager,
        AuthorityLevelChoice.Director => AuthorityLevel.Director,
        AuthorityLevelChoice.VP => AuthorityLevel.Vp,
        AuthorityLevelChoice.Executive => AuthorityLevel.Executive,
        _ => null,
    };

    /// <summary>The choice value of a level.</summary>
    public static OptionSetValue ToOptionSetValue(AuthorityLevel level) => new(level switch
    {
        AuthorityLevel.Csm => AuthorityLevelChoice.CSM,
        AuthorityLevel.Manager => AuthorityLevelChoice.Manager,
        AuthorityLevel.Director => AuthorityLevelChoice.Director,
        AuthorityLevel.Vp => AuthorityLevelChoice.VP,
        _ => AuthorityLevelChoice.Executive,
    });

    /// <summary>The choice value of an approval chain action.</summary>
    public static OptionSetValue ToOptionSetValue(ApprovalAction action) => new(action switch
    {
        ApprovalAction.Submitted => ApprovalActionChoice.Submitted,
        ApprovalAction.Approved => ApprovalActionChoice.Approved,
        ApprovalAction.Rejected => ApprovalActionChoice.Rejected,
        _ => ApprovalActionChoice.ReturnedToSubmitted,
    });
}
