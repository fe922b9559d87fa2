namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Unlinks records from a relationship. The constructor registers the required parameters with null values, as the official class does.</summary>
public sealed class DisassociateRequest : OrganizationRequest
{
    /// <summary>Creates the request with <see cref="OrganizationRequest.RequestName"/> <c>Disassociate</c>.</summary>
    public DisassociateRequest()
    {
        RequestName = MessageNames.Disassociate;
        Target = null;
        Relationship = null;
        RelatedEntities = null;
    }

    /// <summary>Gets or sets the records to unlink.</summary>
    public EntityReferenceCollection RelatedEntities
    {
        get => ParameterReader.Read<EntityReferenceCollection>(Parameters, ParameterNames.RelatedEntities);
        set => Parameters[ParameterNames.RelatedEntities] = value;
    }

    /// <summary>Gets or sets the relationship.</summary>
    public Relationship Relationship
    {
        get => ParameterReader.Read<Relationship>(Parameters, ParameterNames.Relationship);
        set => Parameters[ParameterNames.Relationship] = value;
    }

    /// <summary>Gets or sets the primary record.</summary>
    public EntityReference Target
    {
        get => ParameterReader.Read<EntityReference>(Parameters, ParameterNames.Target);
        set => Parameters[ParameterNames.Target] = value;
    }
}
