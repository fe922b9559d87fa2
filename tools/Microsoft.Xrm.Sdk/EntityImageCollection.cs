namespace Microsoft.Xrm.Sdk;

/// <summary>The pre- or post-operation entity images of a plugin step, keyed by image alias.</summary>
public class EntityImageCollection : DataCollection<string, Entity>
{
    /// <summary>Creates an empty collection.</summary>
    public EntityImageCollection()
    {
    }
}
