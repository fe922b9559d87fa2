namespace Microsoft.Xrm.Sdk.Tests.Infrastructure;

/// <summary>
/// The <c>AssemblyMetadata</c> key the compatible SDK assemblies carry (tools/Microsoft.Xrm.Sdk, tools/Microsoft.Crm.Sdk.Proxy)
/// and Microsoft's do not. Assembly attributes are not part of the identity or the public surface.
/// </summary>
internal static class CompatibleBuildMarker
{
    public const string Key = "Crm.Renewals.CompatibleSdk";
}
