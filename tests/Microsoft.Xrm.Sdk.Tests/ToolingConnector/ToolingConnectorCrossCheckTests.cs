using System.Reflection;
using Microsoft.Xrm.Sdk.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Microsoft.Xrm.Sdk.Tests.ToolingConnector;

/// <summary>
/// Every member Microsoft.Xrm.Tooling.Connector.dll (compiled against the official SDK) references on a type
/// the referenced SDK assemblies (read through <see cref="InspectedSdk"/>) define must exist there with exactly that signature, and every such type must be
/// a class or value type as the official one is. References to types not defined here are skipped and listed.
/// </summary>
public sealed class ToolingConnectorCrossCheckTests(ITestOutputHelper output)
{
    private const BindingFlags Declared =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<string, Assembly> SdkAssemblies = new(StringComparer.Ordinal)
    {
        ["Microsoft.Xrm.Sdk"] = InspectedSdk.XrmSdk,
        ["Microsoft.Crm.Sdk.Proxy"] = InspectedSdk.Proxy,
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
            Type? type = SdkAssemblies[reference.Assembly].GetType(reference.TypeName);
            if (type == null)
            {
                skippedCount++;
                skippedTypes.Add(reference.TypeName);
                continue;
            }

            checkedCount++;
            if (!VisibleSignatures(type).Contains(reference.Signature))
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
            Type? type = SdkAssemblies[kind.Assembly].GetType(kind.TypeName);
            if (type == null)
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

    private static HashSet<string> VisibleSignatures(Type type)
    {
        IEnumerable<MethodBase> methods = type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared))
            .Where(m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly);
        IEnumerable<FieldInfo> fields = type.GetFields(Declared).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly);
        return methods.Select(CanonicalSignature.Of).Concat(fields.Select(CanonicalSignature.Of)).ToHashSet(StringComparer.Ordinal);
    }
}
