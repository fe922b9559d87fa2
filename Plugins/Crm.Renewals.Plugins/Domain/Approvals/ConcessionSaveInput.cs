namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>What one save of a concession is judged on.</summary>
public sealed record ConcessionSaveInput
{
    /// <summary>Creates the input.</summary>
    /// <param name="request">The concession as the save leaves it, with the other approved discounts of its renewal.</param>
    public ConcessionSaveInput(ConcessionRequest request)
    {
        Request = request ?? throw new System.ArgumentNullException(nameof(request));
    }

    /// <summary>The stored state before the save, or null on create.</summary>
    public ConcessionState? Before { get; init; }

    /// <summary>The concession as the save leaves it, with the other approved discounts of its renewal.</summary>
    public ConcessionRequest Request { get; init; }

    /// <summary>The status the save asks for.</summary>
    public ConcessionStatus RequestedStatus { get; init; }

    /// <summary>The level the initiating user holds today, or null for none.</summary>
    public AuthorityLevel? InitiatorLevel { get; init; }

    /// <summary>True when the initiating user requested the concession.</summary>
    public bool InitiatorIsRequester { get; init; }
}
