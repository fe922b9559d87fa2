using System;
using System.Collections.Generic;

namespace Crm.Renewals.Solution.Packing;

/// <summary>What the packed customizations.xml holds, for checking it against the manifest, and the binary files it names.</summary>
internal sealed class PackedComponents
{
    public HashSet<string> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> OptionSets { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> WebResources { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<Guid> PluginAssemblies { get; } = [];

    public HashSet<Guid> Steps { get; } = [];

    public HashSet<Guid> Roles { get; } = [];

    public HashSet<Guid> Dashboards { get; } = [];

    public HashSet<Guid> Workflows { get; } = [];

    public HashSet<string> SiteMaps { get; } = new(StringComparer.Ordinal);

    public HashSet<string> AppModules { get; } = new(StringComparer.Ordinal);

    /// <summary>Zip entry name (from a <c>&lt;FileName&gt;</c>) → absolute path of the file to store there.</summary>
    public SortedDictionary<string, string> Binaries { get; } = new(StringComparer.Ordinal);
}
