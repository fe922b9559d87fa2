using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Crm.Renewals.Solution.Generation.Registrations;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Solution.Validation;

/// <summary>
/// Reads a plugin assembly's identity and plugin classes from its metadata (System.Reflection.Metadata),
/// so a net462 build can be checked from the net10.0 tools without loading it.
/// </summary>
public static class PluginAssemblyInspector
{
    private const string SdkNamespace = "Microsoft.Xrm.Sdk";
    private const string PluginInterface = "IPlugin";
    private const string TargetFrameworkAttribute = "System.Runtime.Versioning.TargetFrameworkAttribute";

    /// <summary>Inspects the assembly file.</summary>
    /// <param name="dllPath">Path of the dll.</param>
    /// <param name="displayPath">Path used in messages (repo-relative where possible).</param>
    /// <returns>Identity, types and plugin types.</returns>
    /// <exception cref="SolutionFormatException">The file is missing or is not a .NET assembly.</exception>
    public static PluginAssemblyInfo Inspect(string dllPath, string displayPath)
    {
        if (!File.Exists(dllPath))
        {
            throw new SolutionFormatException(displayPath, "the plugin assembly is missing; build it (dotnet build " + Generation.RepositoryPaths.PluginProject + " -c Release) or pass --assembly <path>");
        }

        using FileStream stream = File.OpenRead(dllPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            throw new SolutionFormatException(displayPath, "not a .NET assembly (no metadata)");
        }

        MetadataReader reader = pe.GetMetadataReader();
        AssemblyDefinition assembly = reader.GetAssemblyDefinition();
        byte[] publicKey = reader.GetBlobBytes(assembly.PublicKey);
        var types = new Dictionary<TypeDefinitionHandle, string>();
        foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            if (!type.GetDeclaringType().IsNil)
            {
                continue;
            }

            string ns = reader.GetString(type.Namespace);
            types[handle] = ns.Length == 0 ? reader.GetString(type.Name) : ns + "." + reader.GetString(type.Name);
        }

        var cache = new Dictionary<TypeDefinitionHandle, bool>();
        var plugins = types.Keys.Where(h => IsRunnable(reader.GetTypeDefinition(h)) && ImplementsPlugin(reader, h, cache)).Select(h => types[h]);
        return new PluginAssemblyInfo(
            reader.GetString(assembly.Name),
            assembly.Version,
            publicKey.Length == 0 ? string.Empty : StrongNameKey.TokenOf(publicKey),
            TargetFramework(reader),
            types.Values.ToHashSet(StringComparer.Ordinal),
            plugins.ToHashSet(StringComparer.Ordinal));
    }

    private static bool IsRunnable(TypeDefinition type) =>
        (type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public
        && (type.Attributes & (TypeAttributes.Abstract | TypeAttributes.Interface)) == 0;

    private static bool ImplementsPlugin(MetadataReader reader, TypeDefinitionHandle handle, Dictionary<TypeDefinitionHandle, bool> cache)
    {
        if (cache.TryGetValue(handle, out bool known))
        {
            return known;
        }

        cache[handle] = false;
        TypeDefinition type = reader.GetTypeDefinition(handle);
        bool result = type.GetInterfaceImplementations().Any(i => IsPluginInterface(reader, reader.GetInterfaceImplementation(i).Interface))
            || (type.BaseType.Kind == HandleKind.TypeDefinition && ImplementsPlugin(reader, (TypeDefinitionHandle)type.BaseType, cache));
        cache[handle] = result;
        return result;
    }

    private static bool IsPluginInterface(MetadataReader reader, EntityHandle handle)
    {
        if (handle.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        TypeReference reference = reader.GetTypeReference((TypeReferenceHandle)handle);
        return reader.GetString(reference.Namespace) == SdkNamespace && reader.GetString(reference.Name) == PluginInterface;
    }

    private static string TargetFramework(MetadataReader reader)
    {
        foreach (CustomAttributeHandle handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            CustomAttribute attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            MemberReference constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            TypeReference type = reader.GetTypeReference((TypeReferenceHandle)constructor.Parent);
            if (reader.GetString(type.Namespace) + "." + reader.GetString(type.Name) == TargetFrameworkAttribute)
            {
                BlobReader value = reader.GetBlobReader(attribute.Value);
                value.ReadUInt16();
                return value.ReadSerializedString() ?? string.Empty;
            }
        }

        return string.Empty;
    }
}
