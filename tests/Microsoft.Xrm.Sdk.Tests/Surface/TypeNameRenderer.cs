namespace Microsoft.Xrm.Sdk.Tests.Surface;

/// <summary>
/// Writes a type as surface-9.0.txt does: System and System.Collections.Generic types without namespace,
/// every other type with it, generic arguments in angle brackets separated by ", ".
/// </summary>
internal static class TypeNameRenderer
{
    private static readonly HashSet<string> ImplicitNamespaces = new(StringComparer.Ordinal) { "System", "System.Collections.Generic" };

    public static string Render(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsByRef)
        {
            return Render(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Render(type.GetElementType()!) + "[]";
        }

        string name = type.Name;
        int arity = name.IndexOf('`', StringComparison.Ordinal);
        if (arity >= 0)
        {
            name = name[..arity];
        }

        if (type.IsGenericType)
        {
            name += "<" + string.Join(", ", type.GetGenericArguments().Select(Render)) + ">";
        }

        string? ns = type.Namespace;
        return ns == null || ImplicitNamespaces.Contains(ns) ? name : ns + "." + name;
    }
}
