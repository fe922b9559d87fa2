using System;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Store;

/// <summary>One write of a transaction: the row it replaced or removed (null when it inserted a new row).</summary>
/// <param name="Table">Logical name of the table.</param>
/// <param name="Id">Row id.</param>
/// <param name="Previous">The stored instance before the write, or null.</param>
internal readonly record struct JournalEntry(string Table, Guid Id, Entity? Previous);
