using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Microsoft.Xrm.Sdk.Tests.ToolingConnector;

/// <summary>
/// Decodes metadata signatures into <see cref="CanonicalSignature"/> type names, and records how each
/// SDK type was encoded (class or value type), since that too must match for binary compatibility.
/// </summary>
internal sealed class SignatureTypeNameProvider(ISet<string> sdkAssemblies) : ISignatureTypeProvider<string, object?>
{
    public HashSet<ReferencedTypeKind> SdkTypeKinds { get; } = [];

    public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

    public string GetByReferenceType(string elementType) => elementType + "&";

    public string GetFunctionPointerType(MethodSignature<string> signature) => "method*";

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
        genericType + "<" + string.Join(",", typeArguments) + ">";

    public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

    public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    public string GetPinnedType(string elementType) => elementType;

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => CanonicalSignature.Primitive(typeCode);

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        TypeDefinition definition = metadata.GetTypeDefinition(handle);
        return $"{metadata.GetString(definition.Namespace)}.{metadata.GetString(definition.Name)}";
    }

    public string GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind)
    {
        (string assembly, string name) = MetadataNames.Of(metadata, handle);
        if (sdkAssemblies.Contains(assembly))
        {
            SdkTypeKinds.Add(new ReferencedTypeKind(assembly, name, rawTypeKind == (byte)SignatureTypeKind.ValueType));
        }

        return name;
    }

    public string GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
}
