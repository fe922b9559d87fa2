using Crm.Renewals.Plugins.Domain.Approvals;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>A delegation read from the request, before it is judged.</summary>
internal sealed class PendingDelegation
{
    public PendingDelegation(DelegationRequest request, EntityReference delegateUser, string delegateName)
    {
        Request = request;
        Delegate = delegateUser;
        DelegateName = delegateName;
    }

    /// <summary>What the domain judges.</summary>
    public DelegationRequest Request { get; }

    /// <summary>The user receiving the authority.</summary>
    public EntityReference Delegate { get; }

    /// <summary>The delegate's full name, for the row's name and the response.</summary>
    public string DelegateName { get; }
}
