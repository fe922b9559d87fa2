namespace Crm.Renewals.Solution.Generation.Registrations;

/// <summary>A Custom API and the plugin class implementing its main operation.</summary>
/// <param name="UniqueName">Unique name of the Custom API (its folder under <c>customapis/</c>).</param>
/// <param name="PluginTypeFullName">Namespace-qualified name of the plugin class.</param>
public sealed record CustomApiBindingDeclaration(string UniqueName, string PluginTypeFullName);
