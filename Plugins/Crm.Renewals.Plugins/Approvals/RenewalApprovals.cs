namespace Crm.Renewals.Plugins.Approvals;

/// <summary>What the other concessions on a renewal mean for one being saved.</summary>
internal sealed class RenewalApprovals
{
    /// <summary>No renewal: nothing else counts and no approval sequence applies.</summary>
    public static readonly RenewalApprovals None = new(0m, null);

    public RenewalApprovals(decimal otherApprovedDiscountPercent, int? nextApprovalSequence)
    {
        OtherApprovedDiscountPercent = otherApprovedDiscountPercent;
        NextApprovalSequence = nextApprovalSequence;
    }

    /// <summary>Sum of the other approved concessions' discounts on the renewal, in percent.</summary>
    public decimal OtherApprovedDiscountPercent { get; }

    /// <summary>
    /// One above the highest approval sequence any concession on the renewal has ever taken (sequences are never
    /// cleared), or null on no renewal. The renewal's key on (renewal, sequence) makes it the serialization point:
    /// two approvals judged on the same total both take this number, and the database lets only the first commit.
    /// </summary>
    public int? NextApprovalSequence { get; }
}
