using System.Collections.Generic;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Generation.Constants;

/// <summary>A Custom API's class: its message name and the names of its request parameters and response properties.</summary>
internal static class CustomApiConstantsWriter
{
    private const string MessageName = "MessageName";
    private const string BoundEntityLogicalName = "BoundEntityLogicalName";
    private const string RequestPrefix = "Request";
    private const string ResponsePrefix = "Response";

    /// <summary>Names of the parameter type codes, index = code.</summary>
    private static readonly string[] TypeNames =
        ["Boolean", "DateTime", "Decimal", "Entity", "EntityCollection", "EntityReference", "Float", "Integer", "Money", "Picklist", "String", "StringArray", "Guid"];

    public static string Write(string className, CustomApiModel api)
    {
        string kind = api.IsFunction ? "function" : "action";
        var source = new CSharpSource(className, $"Names of the Custom API {CSharpSource.Code(api.UniqueName)} ({kind}).");
        source.AddString(MessageName, api.UniqueName, "Message name (unique name) of the API.");
        if (api.BoundEntityLogicalName is string bound)
        {
            source.AddString(BoundEntityLogicalName, bound, "Table the API is bound to; the bound record arrives as <c>Target</c>.");
        }

        Add(source, RequestPrefix, "Request parameter", api.RequestParameters, showOptional: true);
        Add(source, ResponsePrefix, "Response property", api.ResponseProperties, showOptional: false);
        return source.ToText();
    }

    private static void Add(CSharpSource source, string prefix, string what, IReadOnlyList<CustomApiParameterModel> parameters, bool showOptional)
    {
        foreach (CustomApiParameterModel parameter in parameters)
        {
            string type = parameter.Type >= 0 && parameter.Type < TypeNames.Length ? TypeNames[parameter.Type] : "type " + parameter.Type;
            string optional = showOptional && parameter.IsOptional ? ", optional" : string.Empty;
            source.AddString(prefix + CSharpNames.FromWords(parameter.UniqueName), parameter.UniqueName, $"{what} {CSharpSource.Code(parameter.UniqueName)} ({type}{optional}).");
        }
    }
}
