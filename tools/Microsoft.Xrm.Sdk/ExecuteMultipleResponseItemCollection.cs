namespace Microsoft.Xrm.Sdk;

/// <summary>The items of an ExecuteMultiple response, in the order of the requests they answer.</summary>
public sealed class ExecuteMultipleResponseItemCollection : DataCollection<ExecuteMultipleResponseItem>
{
    /// <summary>Creates an empty collection.</summary>
    public ExecuteMultipleResponseItemCollection()
    {
    }
}
