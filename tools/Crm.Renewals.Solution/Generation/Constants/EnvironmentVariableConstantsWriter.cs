using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Generation.Constants;

/// <summary>The schema names of the solution's environment variable definitions.</summary>
internal static class EnvironmentVariableConstantsWriter
{
    /// <summary>Names of the environment variable type codes (100000000 + index).</summary>
    private static readonly string[] TypeNames = ["String", "Number", "Boolean", "JSON", "Data source", "Secret"];
    private const int FirstTypeCode = 100_000_000;

    public static string Write(IReadOnlyList<EnvironmentVariableModel> variables, string publisherPrefix)
    {
        var source = new CSharpSource(ModelNaming.EnvironmentVariablesClass, "Schema names of the solution's environment variable definitions.");
        foreach (EnvironmentVariableModel variable in variables.OrderBy(v => v.SchemaName, StringComparer.Ordinal))
        {
            int index = variable.Type - FirstTypeCode;
            string type = index >= 0 && index < TypeNames.Length ? TypeNames[index] : "type " + variable.Type;
            source.AddString(CSharpNames.FromSchemaName(variable.SchemaName, publisherPrefix), variable.SchemaName, $"Environment variable {CSharpSource.Code(variable.SchemaName)} ({type}).");
        }

        return source.ToText();
    }
}
