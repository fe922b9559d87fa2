namespace Microsoft.Xrm.Sdk;

/// <summary>The requests of an ExecuteMultiple batch, run in this order.</summary>
public sealed class OrganizationRequestCollection : DataCollection<OrganizationRequest>
{
    /// <summary>Creates an empty collection.</summary>
    public OrganizationRequestCollection()
    {
    }
}
