using System.Reflection.Metadata;

namespace Microsoft.Xrm.Sdk.Tests.ToolingConnector;

/// <summary>
/// One textual form for member signatures, written from the metadata of member references and of member
/// definitions alike so they can be compared: <c>[static ]Return Name[`arity](Parameter, ...)</c>, types by metadata name, generic
/// arguments in angle brackets, type parameters as <c>!n</c> and method parameters as <c>!!n</c>.
/// </summary>
internal static class CanonicalSignature
{
    public const string FieldMarker = "field ";

    public static string Method(bool isStatic, string returnType, string name, int genericArity, IEnumerable<string> parameters) =>
        $"{(isStatic ? "static " : string.Empty)}{returnType} {name}{(genericArity > 0 ? "`" + genericArity : string.Empty)}({string.Join(", ", parameters)})";

    public static string Field(string type, string name) => $"{FieldMarker}{type} {name}";

    public static string Primitive(PrimitiveTypeCode code) => code switch
    {
        PrimitiveTypeCode.Void => "System.Void",
        PrimitiveTypeCode.TypedReference => "System.TypedReference",
        PrimitiveTypeCode.IntPtr => "System.IntPtr",
        PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
        _ => "System." + code,
    };
}
