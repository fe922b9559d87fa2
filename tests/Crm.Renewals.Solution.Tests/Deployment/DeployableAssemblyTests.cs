using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Crm.Renewals.Solution.Tests.Deployment;

/// <summary>
/// The net462 Crm.Renewals.Plugins.dll is what admins import: Dataverse loads that one file, so it must be
/// strong-named, target .NET Framework 4.6.2, and reference nothing but the framework and the SDK
/// assemblies Dataverse provides (exactly version 9.0.0.0 with Microsoft's key).
/// </summary>
public sealed class DeployableAssemblyTests
{
    private const string SdkPublicKeyToken = "31bf3856ad364e35";

    /// <summary>Public key tokens of .NET Framework's own assemblies (ECMA and Microsoft keys).</summary>
    private static readonly string[] FrameworkTokens = ["b77a5c561934e089", "b03f5f7f11d50a3a", "cc7b13ffcd2ddd51"];

    [Fact]
    public void References_OfTheDeployableAssembly_AreOnlyTheFrameworkAndTheSdkAt9000()
    {
        using var reader = Open(out var metadata);

        var references = metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (Name: metadata.GetString(reference.Name), reference.Version, Token: Token(metadata, reference.PublicKeyOrToken)))
            .ToArray();

        var sdk = references.Where(reference => reference.Name.StartsWith("Microsoft.", StringComparison.Ordinal)).ToArray();
        Assert.Contains(sdk, reference => reference.Name == "Microsoft.Xrm.Sdk");
        Assert.All(sdk, reference =>
        {
            Assert.Contains(reference.Name, new[] { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy" });
            Assert.Equal(new Version(9, 0, 0, 0), reference.Version);
            Assert.Equal(SdkPublicKeyToken, reference.Token);
        });
        Assert.All(references.Except(sdk), reference => Assert.Contains(reference.Token, FrameworkTokens));
    }

    [Fact]
    public void Identity_OfTheDeployableAssembly_IsStrongNamedForNetFramework462()
    {
        using var reader = Open(out var metadata);
        var definition = metadata.GetAssemblyDefinition();

        Assert.Equal("Crm.Renewals.Plugins", metadata.GetString(definition.Name));
        Assert.False(definition.PublicKey.IsNil, "the plugin assembly must be strong-named to be registered in Dataverse");
        Assert.True((reader.PEHeaders.CorHeader!.Flags & CorFlags.StrongNameSigned) != 0, "the strong-name signature must be present, not only the public key");
        Assert.Equal(".NETFramework,Version=v4.6.2", TargetFramework(metadata));
    }

    private static PEReader Open(out MetadataReader metadata)
    {
        var path = typeof(DeployableAssemblyTests).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "DeployablePluginAssembly").Value!;
        Assert.True(File.Exists(path), "build the solution first: the net462 plugin assembly is missing at " + path);
        var reader = new PEReader(File.OpenRead(path));
        metadata = reader.GetMetadataReader();
        return reader;
    }

    private static string Token(MetadataReader metadata, BlobHandle handle) =>
        Convert.ToHexString(metadata.GetBlobBytes(handle)).ToLowerInvariant();

    private static string? TargetFramework(MetadataReader metadata)
    {
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            var type = metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent);
            if (metadata.GetString(type.Name) == "TargetFrameworkAttribute")
            {
                // Blob: prolog (2 bytes), then the SerString framework name.
                var blob = metadata.GetBlobReader(attribute.Value);
                blob.ReadUInt16();
                return blob.ReadSerializedString();
            }
        }

        return null;
    }
}
