using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Microsoft.Xrm.Sdk.Tests.ToolingConnector;

/// <summary>
/// Reads, from an assembly's metadata alone, the public and protected member signatures of each type it defines, in
/// the <see cref="CanonicalSignature"/> form, decoded by the same <see cref="SignatureTypeNameProvider"/> as the member
/// references they are compared with. Nothing is loaded or resolved, so Microsoft's net462 SDK (whose signatures name
/// System.ServiceModel and System.IdentityModel types .NET 10 does not have) reads like the compatible build.
/// </summary>
internal static class DefinedMemberReader
{
    /// <summary>Type metadata name → its visible member signatures and whether it is a value type.</summary>
    public static IReadOnlyDictionary<string, DefinedType> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        var provider = new SignatureTypeNameProvider(new HashSet<string>());
        var types = new Dictionary<string, DefinedType>(StringComparer.Ordinal);
        foreach (TypeDefinitionHandle handle in metadata.TypeDefinitions)
        {
            TypeDefinition type = metadata.GetTypeDefinition(handle);
            var signatures = new HashSet<string>(StringComparer.Ordinal);
            foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
            {
                MethodDefinition method = metadata.GetMethodDefinition(methodHandle);
                if (IsVisible(method.Attributes & MethodAttributes.MemberAccessMask))
                {
                    MethodSignature<string> signature = method.DecodeSignature(provider, null);
                    signatures.Add(CanonicalSignature.Method(!signature.Header.IsInstance, signature.ReturnType, metadata.GetString(method.Name), signature.GenericParameterCount, signature.ParameterTypes));
                }
            }

            foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
            {
                FieldDefinition field = metadata.GetFieldDefinition(fieldHandle);
                if (IsVisible((MethodAttributes)(int)(field.Attributes & FieldAttributes.FieldAccessMask)))
                {
                    signatures.Add(CanonicalSignature.Field(field.DecodeSignature(provider, null), metadata.GetString(field.Name)));
                }
            }

            types[NameOf(metadata, type)] = new DefinedType(signatures, IsValueType(metadata, type));
        }

        return types;
    }

    // Field and method access share their encoding (Public 6, Family 4, FamORAssem 5).
    private static bool IsVisible(MethodAttributes access) =>
        access is MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem;

    private static string NameOf(MetadataReader metadata, TypeDefinition type)
    {
        string name = metadata.GetString(type.Name);
        TypeDefinitionHandle declaring = type.GetDeclaringType();
        return declaring.IsNil
            ? $"{metadata.GetString(type.Namespace)}.{name}"
            : NameOf(metadata, metadata.GetTypeDefinition(declaring)) + "+" + name;
    }

    private static bool IsValueType(MetadataReader metadata, TypeDefinition type)
    {
        if (type.BaseType.IsNil || type.BaseType.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        string baseName = MetadataNames.Of(metadata, (TypeReferenceHandle)type.BaseType).Name;
        return baseName is "System.ValueType" or "System.Enum";
    }
}
