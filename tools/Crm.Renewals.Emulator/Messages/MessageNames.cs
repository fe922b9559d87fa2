namespace Crm.Renewals.Emulator.Messages;

/// <summary>Names of the platform messages the emulator implements, as steps are registered on them.</summary>
public static class MessageNames
{
    /// <summary>Create.</summary>
    public const string Create = "Create";

    /// <summary>Update.</summary>
    public const string Update = "Update";

    /// <summary>Delete.</summary>
    public const string Delete = "Delete";

    /// <summary>ExecuteMultiple: a batch whose requests each run as their own call (not a pipeline message itself).</summary>
    public const string ExecuteMultiple = "ExecuteMultiple";

    /// <summary>Retrieve.</summary>
    public const string Retrieve = "Retrieve";

    /// <summary>RetrieveMultiple.</summary>
    public const string RetrieveMultiple = "RetrieveMultiple";

    /// <summary>Upsert.</summary>
    public const string Upsert = "Upsert";

    /// <summary>Associate.</summary>
    public const string Associate = "Associate";

    /// <summary>Disassociate.</summary>
    public const string Disassociate = "Disassociate";

    /// <summary>SetState.</summary>
    public const string SetState = "SetState";

    /// <summary>Assign.</summary>
    public const string Assign = "Assign";

    /// <summary>WhoAmI.</summary>
    public const string WhoAmI = "WhoAmI";

    /// <summary>Win: the message steps register on; the SDK request is named <see cref="WinOpportunityRequest"/>.</summary>
    public const string Win = "Win";

    /// <summary>Lose: the message steps register on; the SDK request is named <see cref="LoseOpportunityRequest"/>.</summary>
    public const string Lose = "Lose";

    /// <summary>Request name of <c>WinOpportunityRequest</c>.</summary>
    public const string WinOpportunityRequest = "WinOpportunity";

    /// <summary>Request name of <c>LoseOpportunityRequest</c>.</summary>
    public const string LoseOpportunityRequest = "LoseOpportunity";
}
