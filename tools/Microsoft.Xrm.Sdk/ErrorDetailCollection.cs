namespace Microsoft.Xrm.Sdk;

/// <summary>Extra details of a service fault (for example <c>Retry-After</c>), keyed by name.</summary>
public sealed class ErrorDetailCollection : DataCollection<string, object>
{
    /// <summary>Creates an empty collection.</summary>
    public ErrorDetailCollection()
    {
    }
}
