using Microsoft.Crm.Sdk.Messages;
using Xunit.Abstractions;

namespace Microsoft.Xrm.Sdk.Tests.ToolingConnector;

/// <summary>
/// Every member Microsoft.Xrm.Tooling.Connector.dll (compiled against the official SDK) references on a type
/// the referenced SDK assemblies define (read from their metadata by <see cref="DefinedMemberReader"/>) must exist there with exactly that signature, and every such type must be
/// a class or value type as the official one is. References to types not defined here are skipped and listed.
/// </summary>
public sealed class ToolingConnectorCrossCheckTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, DefinedType>> SdkAssemblies = new(StringComparer.Ordinal)
    {
        ["Microsoft.Xrm.Sdk"] = DefinedMemberReader.Read(typeof(Entity).Assembly.Location),
        ["Microsoft.Crm.Sdk.Proxy"] = DefinedMemberReader.Read(typeof(WhoAmIRequest).Assembly.Location),
    };

    [Fact]
    public void MemberReferences_OnDefinedTypes_ResolveWithExactSignature()
    {
        var (members, _) = MemberReferenceReader.Read(ToolingConnectorPackage.AssemblyPath, SdkAssemblies.Keys.ToHashSet());
        var problems = new List<string>();
        var skippedTypes = new SortedSet<string>(StringComparer.Ordinal);
        int checkedCount = 0;
        int skippedCount = 0;

        foreach (ReferencedMember reference in members.Distinct())
        {
            if (!SdkAssemblies[reference.Assembly].TryGetValue(reference.TypeName, out DefinedType? type))
            {
                skippedCount++;
                skippedTypes.Add(reference.TypeName);
                continue;
            }

            checkedCount++;
            if (!type.Signatures.Contains(reference.Signature))
            {
                problems.Add($"{reference.TypeName} :: {reference.Signature}");
            }
        }

        output.WriteLine($"{checkedCount} member references checked; {skippedCount} skipped on {skippedTypes.Count} types not defined here:");
        output.WriteLine(string.Join(Environment.NewLine, skippedTypes));
        Assert.True(checkedCount > 0, "No member reference into a defined SDK type was found: the reader or the package is wrong.");
        Assert.True(problems.Count == 0, $"Referenced by Tooling.Connector but missing or different here:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public void TypesInSignatures_OnDefinedTypes_HaveOfficialClassOrValueTypeKind()
    {
        var (_, kinds) = MemberReferenceReader.Read(ToolingConnectorPackage.AssemblyPath, SdkAssemblies.Keys.ToHashSet());
        var problems = new List<string>();
        int checkedCount = 0;

        foreach (ReferencedTypeKind kind in kinds)
        {
            if (!SdkAssemblies[kind.Assembly].TryGetValue(kind.TypeName, out DefinedType? type))
            {
                continue;
            }

            checkedCount++;
            if (type.IsValueType != kind.IsValueType)
            {
                problems.Add($"{kind.TypeName}: official is a {(kind.IsValueType ? "value type" : "class")}");
            }
        }

        output.WriteLine($"{checkedCount} SDK types used in signatures checked for class/value-type kind.");
        Assert.True(checkedCount > 0, "No SDK type was found in the signatures: the reader or the package is wrong.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
