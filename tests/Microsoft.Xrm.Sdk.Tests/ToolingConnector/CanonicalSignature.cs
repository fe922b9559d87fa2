using System.Reflection;
using System.Reflection.Metadata;

namespace Microsoft.Xrm.Sdk.Tests.ToolingConnector;

/// <summary>
/// One textual form for member signatures, written both from metadata and from reflection so they can be
/// compared: <c>[static ]Return Name[`arity](Parameter, ...)</c>, types by metadata name, generic
/// arguments in angle brackets, type parameters as <c>!n</c> and method parameters as <c>!!n</c>.
/// </summary>
internal static class CanonicalSignature
{
    public const string FieldMarker = "field ";

    public static string Method(bool isStatic, string returnType, string name, int genericArity, IEnumerable<string> parameters) =>
        $"{(isStatic ? "static " : string.Empty)}{returnType} {name}{(genericArity > 0 ? "`" + genericArity : string.Empty)}({string.Join(", ", parameters)})";

    public static string Field(string type, string name) => $"{FieldMarker}{type} {name}";

    public static string Of(MethodBase method)
    {
        string returnType = method is MethodInfo info ? Of(info.ReturnType) : Primitive(PrimitiveTypeCode.Void);
        int arity = method.IsGenericMethodDefinition ? method.GetGenericArguments().Length : 0;
        return Method(method.IsStatic, returnType, method.Name, arity, method.GetParameters().Select(p => Of(p.ParameterType)));
    }

    public static string Of(FieldInfo field) => Field(Of(field.FieldType), field.Name);

    public static string Of(Type type)
    {
        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod != null ? "!!" : "!") + type.GenericParameterPosition;
        }

        if (type.IsByRef)
        {
            return Of(type.GetElementType()!) + "&";
        }

        if (type.IsArray)
        {
            return Of(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            return MetadataName(type.GetGenericTypeDefinition()) + "<" + string.Join(",", type.GetGenericArguments().Select(Of)) + ">";
        }

        return MetadataName(type);
    }

    public static string MetadataName(Type type) =>
        type.DeclaringType != null ? MetadataName(type.DeclaringType) + "+" + type.Name : $"{type.Namespace}.{type.Name}";

    public static string Primitive(PrimitiveTypeCode code) => code switch
    {
        PrimitiveTypeCode.Void => "System.Void",
        PrimitiveTypeCode.TypedReference => "System.TypedReference",
        PrimitiveTypeCode.IntPtr => "System.IntPtr",
        PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
        _ => "System." + code,
    };
}
