using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>The selected options of a multi-select choice column.</summary>
public sealed class OptionSetValueCollection : DataCollection<OptionSetValue>
{
    /// <summary>Creates an empty collection.</summary>
    public OptionSetValueCollection()
    {
    }

    /// <summary>Creates a collection over <paramref name="list"/> (wrapped, not copied).</summary>
    /// <param name="list">The options.</param>
    public OptionSetValueCollection(IList<OptionSetValue> list)
        : base(list)
    {
    }
}
