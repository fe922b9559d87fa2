using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Solution.Generation.Registrations;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Generation.Steps;

/// <summary>
/// Generates the registration parts of <c>Solution/src</c> from the declarations: the plug-in assembly
/// data file, one file per step, the type 91/92 root component rows of <c>Other/Solution.xml</c> and the
/// <c>&lt;plugintypeid&gt;</c> of every <c>customapi.xml</c>. An assembly without plugin types is left out
/// of the solution altogether (there is nothing to register). A step on a message whose id
/// <see cref="SdkMessages"/> does not know is refused: a step file without its message cannot be imported.
/// </summary>
public static class RegistrationFilesGenerator
{
    /// <summary>Solution version the generated components say they were introduced in.</summary>
    public const string IntroducedVersion = "1.0.0.0";

    private const string ManifestFile = "Other/Solution.xml";
    private const string StepsFolder = "SdkMessageProcessingSteps";
    private const string CustomApisFolder = "customapis";
    private const string CustomApiFile = "customapi.xml";

    /// <summary>Generates the files.</summary>
    /// <param name="repositoryRoot">Absolute path of the repository root.</param>
    /// <param name="registrations">The declarations.</param>
    /// <param name="assembly">Identity of the plugin assembly.</param>
    /// <param name="solution">The solution read from <c>Solution/src</c>.</param>
    /// <param name="tables">Every table the code may name (platform and solution), for checking step tables and columns.</param>
    /// <returns>The files with repo-relative paths.</returns>
    /// <exception cref="GenerationException">A declaration is inconsistent.</exception>
    public static IReadOnlyList<GeneratedFile> Generate(
        string repositoryRoot, RegistrationSet registrations, AssemblyIdentity assembly, SolutionModel solution, IReadOnlyList<TableModel> tables)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(solution);
        Dictionary<string, Guid> typeIds = RegistrationChecks.Check(registrations, solution, tables);
        var files = new List<GeneratedFile>();
        var rows = new List<XElement>();
        if (registrations.PluginTypes.Count > 0)
        {
            XElement data = PluginAssemblyFileBuilder.Build(assembly, registrations.AssemblyId, registrations.PluginTypes, IntroducedVersion);
            files.Add(SourceFile(PluginAssemblyFileBuilder.DataFile(assembly.Name, registrations.AssemblyId), GeneratedXml.ToFileText(data)));
            rows.Add(RootComponentRows.AssemblyRow(registrations.AssemblyId, assembly.FullName));
        }

        foreach (StepDeclaration step in registrations.Steps.OrderBy(s => s.Id))
        {
            XElement file = StepFileBuilder.Build(step, typeIds[step.PluginTypeFullName], assembly, IntroducedVersion);
            files.Add(SourceFile(StepsFolder + "/" + StepFileBuilder.FileName(step.Id), GeneratedXml.ToFileText(file)));
            rows.Add(RootComponentRows.StepRow(step.Id));
        }

        string manifestPath = SourceFile(ManifestFile, string.Empty).RelativePath;
        files.Add(new GeneratedFile(manifestPath, RootComponentRows.Rewrite(Read(repositoryRoot, manifestPath), rows, manifestPath)));
        var bindings = registrations.CustomApis.ToDictionary(b => b.UniqueName, StringComparer.Ordinal);
        foreach (CustomApiModel api in solution.CustomApis.OrderBy(a => a.UniqueName, StringComparer.Ordinal))
        {
            string path = SourceFile(CustomApisFolder + "/" + api.UniqueName + "/" + CustomApiFile, string.Empty).RelativePath;
            Guid? typeId = bindings.TryGetValue(api.UniqueName, out CustomApiBindingDeclaration? binding) ? typeIds[binding.PluginTypeFullName] : null;
            files.Add(new GeneratedFile(path, CustomApiPluginTypeEditor.Rewrite(Read(repositoryRoot, path), typeId, path)));
        }

        return files;
    }

    private static GeneratedFile SourceFile(string solutionRelativePath, string content) =>
        new(RepositoryPaths.SolutionSource + "/" + solutionRelativePath, content);

    private static string Read(string repositoryRoot, string relativePath)
    {
        string path = Path.Combine(repositoryRoot, relativePath);
        return File.Exists(path) ? File.ReadAllText(path) : throw new GenerationException($"{relativePath}: the file is missing.");
    }
}
