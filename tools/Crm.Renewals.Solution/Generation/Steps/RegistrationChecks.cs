using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Solution.Generation.Registrations;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Generation.Steps;

/// <summary>
/// Refuses declarations that would give a solution Dataverse cannot import or a step that never fires:
/// every message is named by the error with the step it comes from.
/// </summary>
internal static class RegistrationChecks
{
    private static readonly int[] Stages = [10, 20, 40];
    private const int PostOperation = 40;
    private const int Asynchronous = 1;
    private const int PostImage = 1;

    /// <summary>Checks the set and returns the plugin type id by class name.</summary>
    public static Dictionary<string, Guid> Check(RegistrationSet registrations, SolutionModel solution, IReadOnlyList<TableModel> tables)
    {
        var typeIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (PluginTypeDeclaration type in registrations.PluginTypes)
        {
            Require(typeIds.TryAdd(type.FullName, type.Id), $"PluginRegistrations.PluginTypes declares {type.FullName} twice.");
        }

        CheckUniqueIds(registrations);
        var tablesByName = tables.ToDictionary(t => t.LogicalName, StringComparer.Ordinal);
        foreach (StepDeclaration step in registrations.Steps)
        {
            CheckStep(step, typeIds, tablesByName);
        }

        var apis = solution.CustomApis.Select(a => a.UniqueName).ToHashSet(StringComparer.Ordinal);
        var bound = new HashSet<string>(StringComparer.Ordinal);
        foreach (CustomApiBindingDeclaration binding in registrations.CustomApis)
        {
            string where = $"PluginRegistrations.CustomApis binding of {binding.UniqueName}";
            Require(apis.Contains(binding.UniqueName), $"{where}: Solution/src/customapis has no {binding.UniqueName}.");
            Require(bound.Add(binding.UniqueName), $"{where}: the API is bound twice.");
            Require(typeIds.ContainsKey(binding.PluginTypeFullName), $"{where}: {binding.PluginTypeFullName} is not in PluginRegistrations.PluginTypes.");
        }

        return typeIds;
    }

    private static void CheckStep(StepDeclaration step, Dictionary<string, Guid> typeIds, Dictionary<string, TableModel> tables)
    {
        string where = $"Step {step.Name} ({step.Id})";
        Require(typeIds.ContainsKey(step.PluginTypeFullName), $"{where}: {step.PluginTypeFullName} is not in PluginRegistrations.PluginTypes.");
        Require(step.Message.Length > 0, $"{where}: the message name is empty.");
        Require(Stages.Contains(step.Stage), $"{where}: stage {step.Stage} cannot take a plugin step; use 10, 20 or 40.");
        Require(step.Mode != Asynchronous || step.Stage == PostOperation, $"{where}: an asynchronous step must run at stage 40 (PostOperation).");
        Require(step.Images.All(i => i.ImageType != PostImage || step.Stage == PostOperation), $"{where}: a post-image exists only at stage 40 (PostOperation).");
        if (step.PrimaryEntity.Length == 0)
        {
            return;
        }

        Require(tables.TryGetValue(step.PrimaryEntity, out TableModel? table), $"{where}: table {step.PrimaryEntity} is neither in Solution/src nor among the platform tables.");
        var columns = table!.Columns.Select(c => c.LogicalName).ToHashSet(StringComparer.Ordinal);
        foreach (string column in step.FilteringAttributes.Concat(step.Images.SelectMany(i => i.Attributes)))
        {
            Require(columns.Contains(column), $"{where}: {step.PrimaryEntity} has no column {column}.");
        }
    }

    private static void CheckUniqueIds(RegistrationSet registrations)
    {
        IEnumerable<(Guid Id, string Owner)> ids = new[] { (registrations.AssemblyId, "the plugin assembly") }
            .Concat(registrations.PluginTypes.Select(t => (t.Id, "plugin type " + t.FullName)))
            .Concat(registrations.Steps.Select(s => (s.Id, "step " + s.Name)))
            .Concat(registrations.Steps.SelectMany(s => s.Images.Select(i => (i.Id, $"image {i.Alias} of step {s.Name}"))));
        var owners = new Dictionary<Guid, string>();
        foreach ((Guid id, string owner) in ids)
        {
            Require(id != Guid.Empty, $"{owner} has an empty id; give it a fixed new Guid.");
            Require(owners.TryAdd(id, owner), $"{owner} reuses id {id} of {owners.GetValueOrDefault(id)}; give it its own Guid.");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new GenerationException(message);
        }
    }
}
