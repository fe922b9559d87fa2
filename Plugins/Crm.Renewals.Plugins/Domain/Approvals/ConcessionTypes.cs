using System;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>Names of the concession types as users read them.</summary>
public static class ConcessionTypes
{
    /// <summary>The type as users read it: Price discount, Payment terms, Service, Contractual, Custom deal.</summary>
    /// <param name="type">The type.</param>
    /// <returns>Its display name.</returns>
    public static string DisplayName(ConcessionType type) => type switch
    {
        ConcessionType.PriceDiscount => "Price discount",
        ConcessionType.PaymentTerms => "Payment terms",
        ConcessionType.CustomDeal => "Custom deal",
        _ => type.ToString(),
    };

    /// <summary>Every type as alternatives in words: "Price discount, Payment terms, … or Custom deal".</summary>
    /// <returns>The list.</returns>
    public static string AllAlternatives() =>
        DomainText.Alternatives(((ConcessionType[])Enum.GetValues(typeof(ConcessionType))).Select(DisplayName).ToList());
}
