namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Links records through a relationship. The constructor registers the required parameters with null values, as the official class does.</summary>
public sealed class AssociateRequest : OrganizationRequest
{
    /// <summary>Creates the request with <see cref="OrganizationRequest.RequestName"/> <c>Associate</c>.</summary>
    public AssociateRequest()
    {
        RequestName = MessageNames.Associate;
        Target = null;
        Relationship = null;
        RelatedEntities = null;
    }

    /// <summary>Gets or sets the records to link.</summary>
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
