using System.Reflection.Metadata;

namespace Microsoft.Xrm.Sdk.Tests.ToolingConnector;

/// <summary>Names of referenced types: the assembly they resolve to and their metadata name.</summary>
internal static class MetadataNames
{
    public static (string Assembly, string Name) Of(MetadataReader metadata, TypeReferenceHandle handle)
    {
        TypeReference reference = metadata.GetTypeReference(handle);
        string name = metadata.GetString(reference.Name);
        EntityHandle scope = reference.ResolutionScope;

        if (scope.Kind == HandleKind.TypeReference)
        {
            (string assembly, string outer) = Of(metadata, (TypeReferenceHandle)scope);
            return (assembly, outer + "+" + name);
        }

        string fullName = $"{metadata.GetString(reference.Namespace)}.{name}";
        return scope.Kind == HandleKind.AssemblyReference
            ? (metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).Name), fullName)
            : (string.Empty, fullName);
    }
}
