using System.Reflection;
using Microsoft.Xrm.Sdk.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Microsoft.Xrm.Sdk.Tests.Surface;

/// <summary>
/// The referenced SDK assemblies against the committed surface listing (with <see cref="ListingCorrections"/> and
/// <see cref="ListingSupplement"/>), read through <see cref="InspectedSdk"/>, so the same tests run on the compatible
/// build and on Microsoft's. Every listed type the assembly defines must have the listed header. The compatible build must expose nothing the listing lacks:
/// no unlisted type, no unlisted public or protected member; listed members it lacks are allowed, and reported.
/// Microsoft's build must have every listed member exactly as listed, which is what shows the listing (and so the
/// compatible build) true; its many other types and members, which the listing leaves out on purpose, are allowed.
/// </summary>
public sealed class SurfaceTests(ITestOutputHelper output)
{
    [Fact]
    public void XrmSdkAssembly_PublicSurface_IsWithinOfficialListing() =>
        AssertWithinListing(InspectedSdk.XrmSdk, SurfaceFiles.XrmSdk);

    [Fact]
    public void ProxyAssembly_PublicSurface_IsWithinOfficialListing() =>
        AssertWithinListing(InspectedSdk.Proxy, SurfaceFiles.Proxy);

    [Theory]
    [InlineData(SurfaceFiles.XrmSdk)]
    [InlineData(SurfaceFiles.Proxy)]
    public void ListedTypes_LoadedAssembly_DefinesEach(string listing)
    {
        Assembly assembly = listing == SurfaceFiles.Proxy ? InspectedSdk.Proxy : InspectedSdk.XrmSdk;
        var defined = assembly.GetExportedTypes().Select(TypeNameRenderer.Render).ToHashSet(StringComparer.Ordinal);

        string[] missing = ListingSupplement.Apply(listing, SurfaceFile.Read(RepositoryPaths.ReferenceFile(listing))).Keys
            .Where(name => !defined.Contains(name))
            .ToArray();

        Assert.True(missing.Length == 0, $"Types listed in {listing} but not defined: {string.Join(", ", missing)}");
    }

    private void AssertWithinListing(Assembly assembly, string listing)
    {
        IReadOnlyDictionary<string, SurfaceType> official = ListingCorrections.Apply(ListingSupplement.Apply(listing, SurfaceFile.Read(RepositoryPaths.ReferenceFile(listing))));
        var problems = new List<string>();
        int typeCount = 0;
        int memberCount = 0;
        int notImplemented = 0;
        int unlisted = 0;
        bool compatible = InspectedSdk.IsCompatibleBuild(assembly);

        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (!official.TryGetValue(TypeNameRenderer.Render(type), out SurfaceType? expected))
            {
                unlisted++;
                if (compatible)
                {
                    problems.Add($"type not in {listing}: {SurfaceRenderer.Render(type).Header}");
                }

                continue;
            }

            SurfaceType actual = SurfaceRenderer.Render(type);
            typeCount++;

            if (actual.Header != expected.Header)
            {
                problems.Add($"type header differs: actual '{actual.Header}', listed '{expected.Header}'");
            }

            foreach (string member in actual.Members)
            {
                memberCount++;
                if (compatible && !expected.Members.Contains(member))
                {
                    problems.Add($"{actual.Name}: member not in {listing}: {member}");
                }
            }

            foreach (string member in expected.Members.Except(actual.Members))
            {
                notImplemented++;
                if (compatible)
                {
                    output.WriteLine($"not implemented (allowed): {actual.Name}: {member}");
                }
                else
                {
                    problems.Add($"{actual.Name}: listed member not in Microsoft's assembly: {member}");
                }
            }
        }

        output.WriteLine($"{assembly.GetName().Name} ({(compatible ? "compatible build" : "Microsoft's build")}): {typeCount} types and {memberCount} members checked against {listing}; "
            + $"{notImplemented} listed members not implemented; {unlisted} exported types not in the listing.");
        Assert.True(typeCount > 0, $"No type of {listing} was found in {assembly.GetName().Name}: the wrong assembly was inspected.");
        Assert.True(problems.Count == 0, $"{problems.Count} surface differences:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }
}
