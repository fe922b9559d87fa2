using System.Reflection;

namespace Microsoft.Xrm.Sdk.Tests.Surface;

/// <summary>
/// Renders a type's public and protected surface in the notation of surface-9.0.txt. Types come from a
/// <see cref="MetadataLoadContext"/>, so nothing here compares with runtime <see cref="Type"/> objects.
/// </summary>
internal static class SurfaceRenderer
{
    private const BindingFlags Declared =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    public static SurfaceType Render(Type type)
    {
        string name = TypeNameRenderer.Render(type);
        string header = SurfaceHeader.Normalise(Header(type, name));
        List<string> members = type.IsEnum ? EnumMembers(type) : Members(type);
        return new SurfaceType(name, header, members);
    }

    private static string Header(Type type, string name)
    {
        if (type.IsEnum)
        {
            return "enum " + name;
        }

        if (type.IsInterface)
        {
            return BaseList("interface " + name, type.GetInterfaces());
        }

        string modifiers = type.IsSealed ? "sealed " : type.IsAbstract ? "abstract " : string.Empty;
        Type? baseType = type.BaseType;
        var bases = new List<Type>();
        if (baseType != null && baseType.FullName != typeof(object).FullName)
        {
            bases.Add(baseType);
        }

        Type[] inherited = baseType?.GetInterfaces() ?? [];
        bases.AddRange(type.GetInterfaces().Where(i => !inherited.Contains(i)));
        return BaseList(modifiers + "class " + name, bases);
    }

    private static string BaseList(string declaration, IEnumerable<Type> bases)
    {
        string list = string.Join(", ", bases.Select(TypeNameRenderer.Render));
        return list.Length == 0 ? declaration : declaration + " : " + list;
    }

    private static List<string> EnumMembers(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}")
            .ToList();

    private static List<string> Members(Type type)
    {
        var members = new List<string>();
        members.AddRange(type.GetConstructors(Declared).Where(IsVisible).Select(c => $".ctor({Parameters(c)})"));

        foreach (PropertyInfo property in type.GetProperties(Declared))
        {
            MethodInfo? getter = property.GetMethod is { } g && IsVisible(g) ? g : null;
            MethodInfo? setter = property.SetMethod is { } s && IsVisible(s) ? s : null;
            MethodInfo? accessor = getter ?? setter;
            if (accessor == null)
            {
                continue;
            }

            ParameterInfo[] index = property.GetIndexParameters();
            string name = index.Length == 0 ? property.Name : $"this[{Parameters(index)}]";
            string accessors = (getter != null ? "get; " : string.Empty) + (setter != null ? "set; " : string.Empty);
            members.Add($"{Modifiers(accessor)}{TypeNameRenderer.Render(property.PropertyType)} {name} {{ {accessors}}}");
        }

        foreach (MethodInfo method in type.GetMethods(Declared).Where(m => IsVisible(m) && !m.IsSpecialName))
        {
            string generic = method.IsGenericMethodDefinition
                ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">"
                : string.Empty;
            members.Add($"{Modifiers(method)}{TypeNameRenderer.Render(method.ReturnType)} {method.Name}{generic}({Parameters(method)})");
        }

        foreach (FieldInfo field in type.GetFields(Declared).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly))
        {
            string modifiers = (field.IsLiteral ? "const " : field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
            members.Add($"{modifiers}{TypeNameRenderer.Render(field.FieldType)} {field.Name}");
        }

        return members;
    }

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    // The listing marks overridable members "virtual" (overrides included) and never marks interface members.
    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return "static ";
        }

        if (method.DeclaringType!.IsInterface)
        {
            return string.Empty;
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        return method.IsVirtual && !method.IsFinal ? "virtual " : string.Empty;
    }

    private static string Parameters(MethodBase method) => Parameters(method.GetParameters());

    private static string Parameters(ParameterInfo[] parameters) => string.Join(", ", parameters.Select(Parameter));

    private static string Parameter(ParameterInfo parameter)
    {
        string prefix = parameter.ParameterType.IsByRef
            ? (parameter.IsOut ? "out " : "ref ")
            : parameter.GetCustomAttributesData().Any(a => a.AttributeType.FullName == typeof(ParamArrayAttribute).FullName) ? "params " : string.Empty;
        return $"{prefix}{TypeNameRenderer.Render(parameter.ParameterType)} {parameter.Name}";
    }
}
