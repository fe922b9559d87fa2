using System;

namespace Crm.Renewals.Solution.Generation.Registrations;

/// <summary>A plugin class of the assembly with its stable <c>PluginTypeId</c>.</summary>
/// <param name="Id">Stable plugin type id.</param>
/// <param name="FullName">Namespace-qualified class name, e.g. <c>Crm.Renewals.Plugins.Risk.AccountRiskPlugin</c>.</param>
public sealed record PluginTypeDeclaration(Guid Id, string FullName);
