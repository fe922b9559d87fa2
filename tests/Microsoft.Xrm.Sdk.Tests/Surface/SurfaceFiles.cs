namespace Microsoft.Xrm.Sdk.Tests.Surface;

/// <summary>The reference files shared/xrm-sdk holds (committed under Reference/).</summary>
internal static class SurfaceFiles
{
    public const string XrmSdk = "surface-9.0.txt";
    public const string Proxy = "surface-proxy-9.0.txt";
    public const string Behaviour = "behaviour.md";

    public static readonly IReadOnlyList<string> All = [XrmSdk, Proxy, Behaviour];
}
