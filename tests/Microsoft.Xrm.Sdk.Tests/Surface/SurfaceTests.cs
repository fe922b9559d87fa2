using System.Reflection;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Microsoft.Xrm.Sdk.Tests.Surface;

/// <summary>
/// The loaded SDK assemblies expose nothing that the official ones lack: every public or protected type and
/// member must appear, with the same signature, in the committed surface listing. Members the listing has
/// but the assembly lacks are allowed, and reported.
/// </summary>
public sealed class SurfaceTests(ITestOutputHelper output)
{
    // Listed types left out on purpose: their members need types the listing does not describe
    // (OrganizationRequestCollection, ExecuteMultipleResponseItemCollection), whose exact shape is unknown.
    private static readonly HashSet<string> OmittedTypes = new(StringComparer.Ordinal)
    {
        "Microsoft.Xrm.Sdk.Messages.ExecuteMultipleRequest",
        "Microsoft.Xrm.Sdk.Messages.ExecuteMultipleResponse",
    };

    [Fact]
    public void XrmSdkAssembly_PublicSurface_IsWithinOfficialListing() =>
        AssertWithinListing(typeof(Entity).Assembly, SurfaceFiles.XrmSdk);

    [Fact]
    public void ProxyAssembly_PublicSurface_IsWithinOfficialListing() =>
        AssertWithinListing(typeof(WhoAmIRequest).Assembly, SurfaceFiles.Proxy);

    [Theory]
    [InlineData(SurfaceFiles.XrmSdk)]
    [InlineData(SurfaceFiles.Proxy)]
    public void ListedTypes_LoadedAssembly_DefinesEachExceptDocumentedOmissions(string listing)
    {
        Assembly assembly = listing == SurfaceFiles.Proxy ? typeof(WhoAmIRequest).Assembly : typeof(Entity).Assembly;
        var defined = assembly.GetExportedTypes().Select(TypeNameRenderer.Render).ToHashSet(StringComparer.Ordinal);

        string[] missing = SurfaceFile.Read(RepositoryPaths.ReferenceFile(listing)).Keys
            .Where(name => !defined.Contains(name) && !OmittedTypes.Contains(name))
            .ToArray();

        Assert.True(missing.Length == 0, $"Types listed in {listing} but not defined: {string.Join(", ", missing)}");
    }

    private void AssertWithinListing(Assembly assembly, string listing)
    {
        IReadOnlyDictionary<string, SurfaceType> official = SurfaceFile.Read(RepositoryPaths.ReferenceFile(listing));
        var problems = new List<string>();
        int typeCount = 0;
        int memberCount = 0;
        int notImplemented = 0;

        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            SurfaceType actual = SurfaceRenderer.Render(type);
            typeCount++;
            if (!official.TryGetValue(actual.Name, out SurfaceType? expected))
            {
                problems.Add($"type not in {listing}: {actual.Header}");
                continue;
            }

            if (actual.Header != expected.Header)
            {
                problems.Add($"type header differs: actual '{actual.Header}', listed '{expected.Header}'");
            }

            foreach (string member in actual.Members)
            {
                memberCount++;
                if (!expected.Members.Contains(member))
                {
                    problems.Add($"{actual.Name}: member not in {listing}: {member}");
                }
            }

            foreach (string member in expected.Members.Except(actual.Members))
            {
                notImplemented++;
                output.WriteLine($"not implemented (allowed): {actual.Name}: {member}");
            }
        }

        output.WriteLine($"{assembly.GetName().Name}: {typeCount} types and {memberCount} members checked against {listing}; {notImplemented} listed members not implemented.");
        Assert.True(problems.Count == 0, $"{problems.Count} surface differences:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }
}
