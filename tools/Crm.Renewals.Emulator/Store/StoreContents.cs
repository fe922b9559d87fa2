using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Store;

/// <summary>The rows of a store at one moment, with their key index; the dictionaries are private copies, the rows immutable.</summary>
internal sealed class StoreContents
{
    public StoreContents(Dictionary<string, Dictionary<Guid, Entity>> tables, KeyIndex keys)
    {
        Tables = tables;
        Keys = keys;
    }

    public Dictionary<string, Dictionary<Guid, Entity>> Tables { get; }

    /// <summary>The alternate-key index of <see cref="Tables"/>.</summary>
    public KeyIndex Keys { get; }
}
