namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>An inclusive range of percentages, e.g. the 5–10 % discount guidance for low-risk accounts.</summary>
public sealed record PercentRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="from">Lower end.</param>
    /// <param name="to">Upper end.</param>
    public PercentRange(decimal from, decimal to)
    {
        From = from;
        To = to;
    }

    /// <summary>Lower end.</summary>
    public decimal From { get; }

    /// <summary>Upper end.</summary>
    public decimal To { get; }
}
