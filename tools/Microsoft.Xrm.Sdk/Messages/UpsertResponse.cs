namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of Upsert.</summary>
public sealed class UpsertResponse : OrganizationResponse
{
    /// <summary>Creates an empty response.</summary>
    public UpsertResponse()
    {
    }

    /// <summary>Gets whether a record was created (false: an existing one was updated). Read from <see cref="OrganizationResponse.Results"/>; the default when absent.</summary>
    public bool RecordCreated => ParameterReader.Read<bool>(Results, ParameterNames.RecordCreated);

    /// <summary>Gets the created or updated record. Read from <see cref="OrganizationResponse.Results"/>; the default when absent.</summary>
    public EntityReference Target => ParameterReader.Read<EntityReference>(Results, ParameterNames.Target);
}
