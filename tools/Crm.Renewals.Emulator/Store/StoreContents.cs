using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Store;

/// <summary>The rows of a store at one moment; the dictionaries are private copies, the rows immutable.</summary>
internal sealed class StoreContents
{
    public StoreContents(Dictionary<string, Dictionary<Guid, Entity>> tables) => Tables = tables;

    public Dictionary<string, Dictionary<Guid, Entity>> Tables { get; }
}
