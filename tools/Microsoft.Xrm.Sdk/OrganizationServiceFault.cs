namespace Microsoft.Xrm.Sdk;

/// <summary>The fault detail of an organization service call, possibly wrapping an inner fault.</summary>
public class OrganizationServiceFault : BaseServiceFault
{
    /// <summary>Creates an empty fault.</summary>
    public OrganizationServiceFault()
    {
    }

    /// <summary>Gets or sets the fault that caused this one.</summary>
    public OrganizationServiceFault InnerFault { get; set; }

    /// <summary>Gets or sets the plugin trace captured with the fault.</summary>
    public string TraceText { get; set; }

    /// <summary>Returns the error code and message, for logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{GetType().FullName}: ErrorCode {ErrorCode}: {Message}";
}
