using System;
using System.Globalization;

namespace Crm.Renewals.Solution.Generation.Registrations;

/// <summary>
/// The strong name of the plugin assembly as Dataverse records it: <c>PluginAssembly FullName</c>,
/// <c>PluginTypeName</c> and <c>AssemblyQualifiedName</c> are all built from it.
/// </summary>
/// <param name="Name">Simple assembly name, e.g. <c>Crm.Renewals.Plugins</c>.</param>
/// <param name="Version">Assembly version, e.g. <c>1.0.0.0</c>.</param>
/// <param name="PublicKeyToken">Public key token as 16 lower-case hex digits; empty for an assembly that is not strong-named.</param>
public sealed record AssemblyIdentity(string Name, Version Version, string PublicKeyToken)
{
    private const string NeutralCulture = "neutral";

    /// <summary>What a display name says for an assembly that is not strong-named.</summary>
    private const string NoToken = "null";

    /// <summary>The display name, e.g. <c>Crm.Renewals.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=…</c>.</summary>
    public string FullName =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}, Version={Version}, Culture={NeutralCulture}, PublicKeyToken={(PublicKeyToken.Length == 0 ? NoToken : PublicKeyToken)}");

    /// <summary>The assembly-qualified name of a type of this assembly.</summary>
    /// <param name="typeFullName">Namespace-qualified type name.</param>
    /// <returns><c>Namespace.Type, Assembly, Version=…, Culture=neutral, PublicKeyToken=…</c>.</returns>
    public string QualifiedTypeName(string typeFullName) => typeFullName + ", " + FullName;
}
