using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.Crm.Sdk.Messages;

namespace Microsoft.Xrm.Sdk.Tests.Infrastructure;

/// <summary>
/// The SDK assemblies the tests were built against, opened for inspection only: a
/// <see cref="MetadataLoadContext"/> reads their metadata without loading them for execution, so the surface and
/// cross-check tests run on the compatible build and on Microsoft's net462 assemblies alike (the latter reference
/// System.ServiceModel 4.0.0.0, which .NET 10 cannot load). Signatures naming WCF types resolve through the
/// System.ServiceModel facade of the System.ServiceModel.Primitives package in the test's output folder.
/// </summary>
internal static class InspectedSdk
{
    private static readonly Lazy<(Assembly XrmSdk, Assembly Proxy)> Loaded = new(Load);

    /// <summary>Microsoft.Xrm.Sdk as referenced by this test project.</summary>
    public static Assembly XrmSdk => Loaded.Value.XrmSdk;

    /// <summary>Microsoft.Crm.Sdk.Proxy as referenced by this test project.</summary>
    public static Assembly Proxy => Loaded.Value.Proxy;

    /// <summary>True for Microsoft's own build, false for the compatible one (which marks itself, see its AssemblyInfo).</summary>
    public static bool IsCompatibleBuild(Assembly assembly) =>
        assembly.GetCustomAttributesData().Any(a =>
            a.AttributeType.FullName == typeof(AssemblyMetadataAttribute).FullName
            && a.ConstructorArguments.Count == 2
            && (string?)a.ConstructorArguments[0].Value == CompatibleBuildMarker.Key);

    private static (Assembly, Assembly) Load()
    {
        string xrm = typeof(Entity).Assembly.Location;
        string proxy = typeof(WhoAmIRequest).Assembly.Location;
        IEnumerable<string> framework = Directory.EnumerateFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll");
        IEnumerable<string> wcf = Directory.EnumerateFiles(System.AppContext.BaseDirectory, "System.ServiceModel*.dll");
        var context = new MetadataLoadContext(new PathAssemblyResolver(framework.Concat(wcf).Append(xrm).Append(proxy)));
        return (context.LoadFromAssemblyPath(xrm), context.LoadFromAssemblyPath(proxy));
    }
}
