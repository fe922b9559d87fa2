namespace Crm.Renewals.Solution.Reading;

/// <summary>What the reader needs from <c>Other/Solution.xml</c>.</summary>
/// <param name="UniqueName">Solution unique name.</param>
/// <param name="Version">Solution version.</param>
/// <param name="Prefix">Publisher customization prefix.</param>
/// <param name="OptionValuePrefix">Publisher option value prefix.</param>
internal sealed record ManifestInfo(string UniqueName, string Version, string Prefix, int OptionValuePrefix);
