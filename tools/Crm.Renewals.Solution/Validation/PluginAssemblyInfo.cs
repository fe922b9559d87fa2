using System;
using System.Collections.Generic;

namespace Crm.Renewals.Solution.Validation;

/// <summary>What a built plugin assembly's metadata says about it, read without loading it.</summary>
/// <param name="Name">Simple assembly name.</param>
/// <param name="Version">Assembly version.</param>
/// <param name="PublicKeyToken">Public key token as 16 lower-case hex digits; empty when unsigned.</param>
/// <param name="TargetFramework">The <c>TargetFrameworkAttribute</c> value, e.g. <c>.NETFramework,Version=v4.6.2</c>; empty when absent.</param>
/// <param name="Types">Namespace-qualified names of the types it defines.</param>
/// <param name="PluginTypes">Types Dataverse can run: public, concrete classes implementing <c>Microsoft.Xrm.Sdk.IPlugin</c> (directly or through a base class of the assembly).</param>
public sealed record PluginAssemblyInfo(
    string Name,
    Version Version,
    string PublicKeyToken,
    string TargetFramework,
    IReadOnlySet<string> Types,
    IReadOnlySet<string> PluginTypes);
