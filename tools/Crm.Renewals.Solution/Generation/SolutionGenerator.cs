using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Crm.Renewals.Solution.Generation.Constants;
using Crm.Renewals.Solution.Generation.Steps;
using Crm.Renewals.Solution.Model;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Solution.Generation;

/// <summary>
/// <c>renewals solution generate</c> and <c>check</c>: computes every generated part in memory (registration
/// files, root component rows, Custom API plugin types, Model constants), then either compares it with the
/// repository or writes it. Any inconsistency is reported before anything is written.
/// </summary>
public static class SolutionGenerator
{
    private const string RegistrationDataPattern = "*.data.xml";
    private const string XmlPattern = "*.xml";
    private const string PluginAssembliesFolder = RepositoryPaths.SolutionSource + "/PluginAssemblies";
    private const string StepsFolder = RepositoryPaths.SolutionSource + "/SdkMessageProcessingSteps";

    /// <summary>Computes what the generated parts must contain and which generated files must go.</summary>
    /// <param name="inputs">Repository and declarations.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="GenerationException">The declarations are inconsistent.</exception>
    /// <exception cref="SolutionFormatException">A solution file is missing or malformed.</exception>
    public static GenerationPlan Plan(GenerationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        SolutionModel solution = SolutionReader.Read(Path.Combine(inputs.RepositoryRoot, RepositoryPaths.SolutionSource));
        IReadOnlyList<TableModel> platform = PlatformTableReader.Read(inputs.RepositoryRoot);
        IReadOnlyList<TableModel> tables = ModelTables.Merge(platform, solution.Tables);
        List<GeneratedFile> files = RegistrationFilesGenerator.Generate(inputs.RepositoryRoot, inputs.Registrations, inputs.Assembly, solution, tables)
            .Concat(ModelConstantsGenerator.Generate(solution, platform))
            .ToList();
        var generated = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        List<string> obsolete = ExistingGeneratedFiles(inputs.RepositoryRoot).Where(path => !generated.Contains(path)).ToList();
        return new GenerationPlan(files, obsolete);
    }

    /// <summary>The generated files whose content on disk differs from the plan, with what is wrong.</summary>
    /// <param name="inputs">Repository and declarations.</param>
    /// <returns>One line per stale file, e.g. <c>Solution/src/Other/Solution.xml (differs)</c>; empty when up to date.</returns>
    public static IReadOnlyList<string> FindStale(GenerationInputs inputs)
    {
        GenerationPlan plan = Plan(inputs);
        var stale = new List<string>();
        foreach (GeneratedFile file in plan.Files)
        {
            string path = Path.Combine(inputs.RepositoryRoot, file.RelativePath);
            if (!File.Exists(path))
            {
                stale.Add(file.RelativePath + " (missing)");
            }
            else if (File.ReadAllText(path) != file.Content)
            {
                stale.Add(file.RelativePath + " (differs)");
            }
        }

        stale.AddRange(plan.Obsolete.Select(path => path + " (no longer generated)"));
        return stale;
    }

    /// <summary>Writes the plan: changed files are replaced whole, obsolete ones deleted.</summary>
    /// <param name="inputs">Repository and declarations.</param>
    /// <returns>Repo-relative paths written or deleted.</returns>
    public static IReadOnlyList<string> Write(GenerationInputs inputs)
    {
        GenerationPlan plan = Plan(inputs);
        var changed = new List<string>();
        foreach (GeneratedFile file in plan.Files)
        {
            string path = Path.Combine(inputs.RepositoryRoot, file.RelativePath);
            if (File.Exists(path) && File.ReadAllText(path) == file.Content)
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            string temporary = path + ".tmp";
            File.WriteAllText(temporary, file.Content);
            File.Move(temporary, path, overwrite: true);
            changed.Add(file.RelativePath);
        }

        foreach (string obsolete in plan.Obsolete)
        {
            string path = Path.Combine(inputs.RepositoryRoot, obsolete);
            File.Delete(path);
            DeleteEmptyFolders(Path.GetDirectoryName(path)!, Path.Combine(inputs.RepositoryRoot, PluginAssembliesFolder));
            changed.Add(obsolete);
        }

        return changed;
    }

    private static IEnumerable<string> ExistingGeneratedFiles(string root) =>
        Files(root, PluginAssembliesFolder, RegistrationDataPattern, SearchOption.AllDirectories)
            .Concat(Files(root, StepsFolder, XmlPattern, SearchOption.TopDirectoryOnly))
            .Concat(Files(root, ModelConstantsGenerator.ModelFolder, "*" + ModelConstantsGenerator.GeneratedSuffix, SearchOption.TopDirectoryOnly));

    private static IEnumerable<string> Files(string root, string relativeFolder, string pattern, SearchOption option)
    {
        string folder = Path.Combine(root, relativeFolder);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, pattern, option).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)
            : [];
    }

    /// <summary>Removes the assembly folder a deleted data file leaves empty, never the PluginAssemblies folder itself.</summary>
    private static void DeleteEmptyFolders(string folder, string stopAt)
    {
        string stop = Path.GetFullPath(stopAt);
        for (string current = Path.GetFullPath(folder); current.StartsWith(stop, StringComparison.Ordinal) && current != stop; current = Path.GetDirectoryName(current)!)
        {
            if (Directory.EnumerateFileSystemEntries(current).Any())
            {
                return;
            }

            Directory.Delete(current);
        }
    }
}
