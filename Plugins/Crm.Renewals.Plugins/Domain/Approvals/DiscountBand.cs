namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>A band of the approval matrix: total discounts up to and including <see cref="UpToPercent"/> need <see cref="Level"/>.</summary>
public sealed record DiscountBand
{
    /// <summary>Creates a band.</summary>
    /// <param name="upToPercent">Upper end of the band, inclusive.</param>
    /// <param name="level">Level required within the band.</param>
    public DiscountBand(decimal upToPercent, AuthorityLevel level)
    {
        UpToPercent = upToPercent;
        Level = level;
    }

    /// <summary>Upper end of the band, inclusive.</summary>
    public decimal UpToPercent { get; }

    /// <summary>Level required within the band.</summary>
    public AuthorityLevel Level { get; }
}
