using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Generation.Constants;

/// <summary>
/// Generates <c>Plugins/Crm.Renewals.Plugins/Model/*.g.cs</c>: one class per table (platform tables the
/// emulator defines, extended by the solution, and the solution's own), one per choice, one per Custom
/// API and one for the environment variables. Plain strings and ints only, so the plugin code and the
/// domain can use them without SDK types.
/// </summary>
public static class ModelConstantsGenerator
{
    /// <summary>Repo-relative folder of the generated files.</summary>
    public const string ModelFolder = "Plugins/Crm.Renewals.Plugins/Model";

    /// <summary>File name ending of generated files; any other file in the folder is left alone.</summary>
    public const string GeneratedSuffix = ".g.cs";

    /// <summary>Generates every file.</summary>
    /// <param name="solution">The solution read from <c>Solution/src</c>.</param>
    /// <param name="platformTables">The platform tables the emulator defines.</param>
    /// <returns>The files with repo-relative paths, sorted by path.</returns>
    /// <exception cref="GenerationException">Two components would get the same C# name.</exception>
    public static IReadOnlyList<GeneratedFile> Generate(SolutionModel solution, IReadOnlyList<TableModel> platformTables)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(platformTables);
        var naming = new ModelNaming(solution.PublisherPrefix, platformTables);
        var classes = new List<(string ClassName, string Text)>();
        var globalChoiceClasses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (OptionSetModel optionSet in solution.OptionSets.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            string className = naming.GlobalChoice(optionSet);
            globalChoiceClasses[optionSet.Name] = className;
            string summary = $"Values of the global choice {CSharpSource.Code(optionSet.Name)} ({CSharpSource.Doc(optionSet.DisplayName)}).";
            classes.Add((className, ChoiceConstantsWriter.Write(className, summary, optionSet.Options, optionSet.Name)));
        }

        foreach (TableModel table in ModelTables.Merge(platformTables, solution.Tables))
        {
            classes.AddRange(TableConstantsWriter.Write(table, naming, globalChoiceClasses));
        }

        foreach (CustomApiModel api in solution.CustomApis.OrderBy(a => a.UniqueName, StringComparer.Ordinal))
        {
            string className = naming.CustomApi(api);
            classes.Add((className, CustomApiConstantsWriter.Write(className, api)));
        }

        classes.Add((ModelNaming.EnvironmentVariablesClass, EnvironmentVariableConstantsWriter.Write(solution.EnvironmentVariables, solution.PublisherPrefix)));
        return classes
            .Select(c => new GeneratedFile(ModelFolder + "/" + c.ClassName + GeneratedSuffix, c.Text))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
    }
}
