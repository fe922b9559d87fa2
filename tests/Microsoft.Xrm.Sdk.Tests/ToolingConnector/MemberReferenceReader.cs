using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Microsoft.Xrm.Sdk.Tests.ToolingConnector;

/// <summary>Reads the member references a compiled assembly makes into the given SDK assemblies.</summary>
internal static class MemberReferenceReader
{
    public static (IReadOnlyList<ReferencedMember> Members, IReadOnlyCollection<ReferencedTypeKind> TypeKinds) Read(string assemblyPath, ISet<string> sdkAssemblies)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        var provider = new SignatureTypeNameProvider(sdkAssemblies);
        var members = new List<ReferencedMember>();

        foreach (MemberReferenceHandle handle in metadata.MemberReferences)
        {
            MemberReference reference = metadata.GetMemberReference(handle);
            (string assembly, string typeName)? parent = SdkParent(metadata, reference.Parent, sdkAssemblies);
            if (parent == null)
            {
                continue;
            }

            string name = metadata.GetString(reference.Name);
            string signature;
            if (reference.GetKind() == MemberReferenceKind.Method)
            {
                MethodSignature<string> method = reference.DecodeMethodSignature(provider, null);
                signature = CanonicalSignature.Method(!method.Header.IsInstance, method.ReturnType, name, method.GenericParameterCount, method.ParameterTypes);
            }
            else
            {
                signature = CanonicalSignature.Field(reference.DecodeFieldSignature(provider, null), name);
            }

            members.Add(new ReferencedMember(parent.Value.assembly, parent.Value.typeName, signature));
        }

        return (members, provider.SdkTypeKinds);
    }

    // The declaring type of a member reference: a type reference, or a generic instantiation of one.
    private static (string, string)? SdkParent(MetadataReader metadata, EntityHandle parent, ISet<string> sdkAssemblies)
    {
        TypeReferenceHandle? reference = parent.Kind switch
        {
            HandleKind.TypeReference => (TypeReferenceHandle)parent,
            HandleKind.TypeSpecification => GenericTypeOf(metadata, (TypeSpecificationHandle)parent),
            _ => null,
        };

        if (reference == null)
        {
            return null;
        }

        (string assembly, string name) = MetadataNames.Of(metadata, reference.Value);
        return sdkAssemblies.Contains(assembly) ? (assembly, name) : null;
    }

    private static TypeReferenceHandle? GenericTypeOf(MetadataReader metadata, TypeSpecificationHandle handle)
    {
        BlobReader blob = metadata.GetBlobReader(metadata.GetTypeSpecification(handle).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return null;
        }

        blob.ReadSignatureTypeCode();
        EntityHandle generic = blob.ReadTypeHandle();
        return generic.Kind == HandleKind.TypeReference ? (TypeReferenceHandle)generic : null;
    }
}
