using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.CustomApis;

/// <summary>
/// Checks a Custom API call against its definition: the request parameters before any step runs, the
/// response properties after the main operation, each by name, presence and type.
/// </summary>
internal static class CustomApiParameters
{
    private const string Target = "Target";

    public static void ValidateRequest(CustomApiModel api, ParameterCollection parameters)
    {
        var defined = api.RequestParameters.ToDictionary(parameter => parameter.UniqueName, System.StringComparer.Ordinal);
        foreach (var given in parameters)
        {
            if (api.BindingType != 0 && given.Key == Target)
            {
                continue;
            }

            if (!defined.TryGetValue(given.Key, out var definition))
            {
                throw Fault(
                    "Custom API " + api.UniqueName + " has no request parameter '" + given.Key + "'. Its parameters: " + Names(api.RequestParameters) + ".");
            }

            CheckType(api, "request parameter", definition, given.Value);
        }

        foreach (var required in api.RequestParameters.Where(parameter => !parameter.IsOptional && !parameters.Contains(parameter.UniqueName)))
        {
            throw Fault("Custom API " + api.UniqueName + " requires the request parameter '" + required.UniqueName + "' (" + CustomApiTypes.Of(required.Type).Name + ").");
        }
    }

    public static void ValidateResponse(CustomApiModel api, ParameterCollection outputs)
    {
        var defined = api.ResponseProperties.ToDictionary(property => property.UniqueName, System.StringComparer.Ordinal);
        foreach (var output in outputs)
        {
            if (!defined.TryGetValue(output.Key, out var definition))
            {
                throw Fault(
                    "The implementation of Custom API " + api.UniqueName + " set the response property '" + output.Key + "', which the API does not define. Its response properties: "
                    + Names(api.ResponseProperties) + ".");
            }

            CheckType(api, "response property", definition, output.Value);
        }
    }

    private static void CheckType(CustomApiModel api, string kind, CustomApiParameterModel definition, object? value)
    {
        if (value is null)
        {
            return;
        }

        var (clrType, typeName) = CustomApiTypes.Of(definition.Type);
        if (!clrType.IsInstanceOfType(value))
        {
            throw Fault(
                "The " + kind + " '" + definition.UniqueName + "' of Custom API " + api.UniqueName + " is a " + typeName + " (" + clrType.FullName
                + "); the value given is a " + value.GetType().FullName + ".");
        }

        if (value is EntityReference reference && !string.IsNullOrEmpty(definition.LogicalEntityName) && reference.LogicalName != definition.LogicalEntityName)
        {
            throw Fault(
                "The " + kind + " '" + definition.UniqueName + "' of Custom API " + api.UniqueName + " refers to a " + definition.LogicalEntityName + ", not a " + reference.LogicalName + ".");
        }
    }

    private static string Names(IEnumerable<CustomApiParameterModel> parameters)
    {
        var names = parameters.Select(parameter => parameter.UniqueName).ToArray();
        return names.Length == 0 ? "(none)" : string.Join(", ", names);
    }

    private static OrganizationFaultException Fault(string message) => new(ErrorCodes.InvalidArgument, message);
}
