using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>Reads concession rows into the approval domain.</summary>
internal static class ConcessionRows
{
    /// <summary>The columns the gate judges: the pre-image holds them, so an Update carrying one column is judged whole.</summary>
    public static readonly IReadOnlyList<string> JudgedColumns = new[]
    {
        Concession.ConcessionType, Concession.DiscountPercent, Concession.IsCustomDeal, Concession.TiedTo, Concession.Sunset,
        Concession.SunsetWaived, Concession.BusinessRationale, Concession.ChurnRisk, Concession.AlternativesConsidered,
        Concession.ConcessionStatus, Concession.RenewalOpportunity, Concession.RequestedBy,
    };

    /// <summary>Columns only the server writes; a value a client sends for them is dropped before the save is judged.</summary>
    public static readonly IReadOnlyList<string> ServerColumns = new[]
    {
        Concession.ApprovedBy, Concession.ApprovedOn, Concession.RequestedBy, Concession.RequiredLevel, Concession.ApprovalSequence,
    };

    /// <summary>The concession as the domain judges it.</summary>
    public static ConcessionRequest ToRequest(Entity row, decimal otherApprovedDiscountPercent) => new()
    {
        Type = ConcessionOptions.TypeOf(row.GetAttributeValue<OptionSetValue>(Concession.ConcessionType)),
        DiscountPercent = row.GetAttributeValue<decimal?>(Concession.DiscountPercent),
        OtherApprovedDiscountPercent = otherApprovedDiscountPercent,
        RenewalId = row.GetAttributeValue<EntityReference>(Concession.RenewalOpportunity)?.Id,
        IsCustomDeal = row.GetAttributeValue<bool>(Concession.IsCustomDeal),
        TiedTo = row.GetAttributeValue<string>(Concession.TiedTo),
        Sunset = row.GetAttributeValue<string>(Concession.Sunset),
        SunsetWaived = row.GetAttributeValue<bool>(Concession.SunsetWaived),
        BusinessRationale = row.GetAttributeValue<string>(Concession.BusinessRationale),
        ChurnRisk = row.GetAttributeValue<string>(Concession.ChurnRisk),
        AlternativesConsidered = row.GetAttributeValue<string>(Concession.AlternativesConsidered),
    };

    /// <summary>The stored state, from the pre-image.</summary>
    public static ConcessionState ToState(Entity row) =>
        ConcessionState.Of(ToRequest(row, 0m), ConcessionOptions.StatusOf(row.GetAttributeValue<OptionSetValue>(Concession.ConcessionStatus)));

    /// <summary>A concession's discount as it counts towards its renewal's total (a price discount, or any type with a discount).</summary>
    public static decimal CountedDiscount(Entity row) => ToRequest(row, 0m).TotalDiscountPercent;
}
