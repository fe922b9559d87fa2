using System.Collections.Generic;

namespace Crm.Renewals.Solution.Packing;

/// <summary>The two zips a pack wrote.</summary>
/// <param name="UnmanagedZip">Absolute path of <c>&lt;name&gt;_&lt;version&gt;.zip</c>.</param>
/// <param name="ManagedZip">Absolute path of <c>&lt;name&gt;_&lt;version&gt;_managed.zip</c>.</param>
/// <param name="Version">The version stamped into both.</param>
/// <param name="Entries">Entry names of the zips (the same in both), sorted.</param>
public sealed record PackResult(string UnmanagedZip, string ManagedZip, string Version, IReadOnlyList<string> Entries);
