namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>Kinds of concession (spec §4).</summary>
public enum ConcessionType
{
    /// <summary>Price discount in percent.</summary>
    PriceDiscount,

    /// <summary>Payment terms, e.g. net-60 or quarterly billing.</summary>
    PaymentTerms,

    /// <summary>Service: priority support, more CSM time, executive sponsor, customization.</summary>
    Service,

    /// <summary>Contractual: shorter term, performance guarantee, exit clause, pilot extension, reduced scope, pause.</summary>
    Contractual,

    /// <summary>A custom deal.</summary>
    CustomDeal,
}
