using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Plugins.Registration;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Verify;

/// <summary>
/// Generates hostile inputs for every Custom API of the solution and every table its steps run on (Create and Update),
/// each input plausible but for one part made hostile. A refusal is clear when it names a parameter or column of its
/// target (the hostile one, or another that the input leaves wrong) or the table a lookup points at. Seeded: the same
/// seed gives the same inputs.
/// </summary>
public sealed class FuzzTargets
{
    private const string TargetParameter = "Target";

    /// <summary>The first option value of the publisher's choices: a plausible value of any of the solution's choices.</summary>
    private const int FirstOption = 642310000;
    private readonly OrganizationMetadata metadata;
    private readonly IReadOnlyDictionary<string, Guid> seeded;

    /// <summary>Creates the generator.</summary>
    /// <param name="metadata">The solution's metadata.</param>
    /// <param name="seeded">A stored row of each table, for plausible lookups and for updates.</param>
    public FuzzTargets(OrganizationMetadata metadata, IReadOnlyDictionary<string, Guid> seeded)
    {
        this.metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        this.seeded = seeded ?? throw new ArgumentNullException(nameof(seeded));
    }

    /// <summary>The targets: each Custom API, and Create and Update of each table a step of the solution runs on.</summary>
    public IReadOnlyList<string> Names => metadata.CustomApis.Select(api => api.UniqueName)
        .Concat(TableSteps().Select(step => step.Message + " " + step.Table))
        .ToList();

    /// <summary>Inputs for one target.</summary>
    public IEnumerable<FuzzCase> Cases(string target, int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var api = metadata.CustomApis.FirstOrDefault(a => a.UniqueName == target);
        for (var i = 0; i < count; i++)
        {
            yield return api is not null ? ApiCase(api, random) : TableCase(target, random);
        }
    }

    /// <summary>The tables the solution's steps run on, with the message (Create or Update).</summary>
    public IEnumerable<(string Message, string Table)> TableSteps() => PluginRegistrations.Steps
        .Where(step => step.Message is "Create" or "Update" && metadata.HasTable(step.PrimaryEntity))
        .Select(step => (step.Message, Table: step.PrimaryEntity))
        .Distinct()
        .OrderBy(step => step.Table, StringComparer.Ordinal).ThenBy(step => step.Message, StringComparer.Ordinal);

    private FuzzCase ApiCase(CustomApiModel api, Random random)
    {
        var request = new OrganizationRequest(api.UniqueName);
        if (api.BoundEntityLogicalName is { } bound && seeded.TryGetValue(bound, out var row))
        {
            request[TargetParameter] = new EntityReference(bound, row);
        }

        foreach (var parameter in api.RequestParameters.Where(p => !p.IsOptional))
        {
            request[parameter.UniqueName] = Plausible(Kind(parameter.Type), parameter.LogicalEntityName);
        }

        var names = api.RequestParameters.Select(p => p.UniqueName).Concat(api.RequestParameters.Select(p => p.LogicalEntityName ?? ""))
            .Concat([api.BoundEntityLogicalName ?? "", TargetParameter]).Where(n => n.Length > 0).Distinct().ToList();
        int mutation = random.Next(10);
        if (mutation == 0 && api.RequestParameters.FirstOrDefault(p => !p.IsOptional) is { } required)
        {
            request.Parameters.Remove(required.UniqueName);
            return new FuzzCase(api.UniqueName, $"{api.UniqueName} without its required {required.UniqueName}", request, names);
        }

        if (mutation == 1)
        {
            request["NoSuchParameter"] = "surplus";
            return new FuzzCase(api.UniqueName, $"{api.UniqueName} with an extra parameter NoSuchParameter", request, names.Append("NoSuchParameter").ToList());
        }

        if (api.RequestParameters.Count == 0)
        {
            return new FuzzCase(api.UniqueName, $"{api.UniqueName} as it is", request, names.Append(api.UniqueName).ToList());
        }

        var chosen = api.RequestParameters[random.Next(api.RequestParameters.Count)];
        var (value, what) = HostileValues.For(Kind(chosen.Type), chosen.LogicalEntityName, random);
        request[chosen.UniqueName] = value;
        return new FuzzCase(api.UniqueName, $"{api.UniqueName} with {chosen.UniqueName} = {what}", request, names);
    }

    private FuzzCase TableCase(string target, Random random)
    {
        string[] parts = target.Split(' ');
        string message = parts[0];
        var table = metadata.GetTable(parts[1]);
        var writable = table.Columns.Where(c => c.Type != ColumnType.PrimaryKey && (message == "Create" ? c.IsValidForCreate : c.IsValidForUpdate) && c.CalculationOf is null).ToList();
        // The solution's own columns first (a platform table lists only those the solution adds, or none).
        var columns = writable.Where(c => c.IsCustom).DefaultIfEmpty().All(c => c is null) ? writable : writable.Where(c => c.IsCustom).ToList();
        var chosen = columns[random.Next(columns.Count)];
        var (value, what) = HostileValues.For(Kind(chosen), chosen.LookupTargets.FirstOrDefault(), random);
        var row = new Entity(table.LogicalName);
        if (message == "Update")
        {
            row.Id = seeded.TryGetValue(table.LogicalName, out var id) ? id : Guid.NewGuid();
        }
        else if (table.PrimaryNameColumn is { } nameColumn && nameColumn != chosen.LogicalName)
        {
            row[nameColumn] = "Fuzzed row";
        }

        row[chosen.LogicalName] = value;
        OrganizationRequest request = message == "Create"
            ? new Microsoft.Xrm.Sdk.Messages.CreateRequest { Target = row }
            : new Microsoft.Xrm.Sdk.Messages.UpdateRequest { Target = row };
        var names = table.Columns.SelectMany(c => new[] { c.LogicalName, c.DisplayName }).Concat(table.Columns.SelectMany(c => c.LookupTargets))
            .Append(table.LogicalName).Where(n => n.Length > 0).Distinct().ToList();
        return new FuzzCase(target, $"{target} with {chosen.LogicalName} = {what}", request, names);
    }

    private object? Plausible(ValueKind kind, string? table) => kind switch
    {
        ValueKind.Boolean => false,
        ValueKind.DateTime => new DateTime(2026, 6, 1),
        ValueKind.Decimal => 5m,
        ValueKind.Integer => 1,
        ValueKind.String => "plausible",
        ValueKind.Money => new Money(1_000m),
        ValueKind.Picklist => new OptionSetValue(FirstOption),
        ValueKind.Lookup when table is not null && seeded.TryGetValue(table, out var row) => new EntityReference(table, row),
        _ => null,
    };

    // Custom API parameter types: 0 Boolean, 1 DateTime, 2 Decimal, 3 Entity, 4 EntityCollection, 5 EntityReference,
    // 6 Float, 7 Integer, 8 Money, 9 Picklist, 10 String, 11 StringArray, 12 Guid.
    private static ValueKind Kind(int parameterType) => parameterType switch
    {
        0 => ValueKind.Boolean,
        1 => ValueKind.DateTime,
        2 or 6 => ValueKind.Decimal,
        5 => ValueKind.Lookup,
        7 => ValueKind.Integer,
        8 => ValueKind.Money,
        9 => ValueKind.Picklist,
        10 => ValueKind.String,
        _ => ValueKind.Other,
    };

    private static ValueKind Kind(ColumnModel column) => column.Type switch
    {
        ColumnType.String or ColumnType.Memo => ValueKind.String,
        ColumnType.Integer or ColumnType.BigInt => ValueKind.Integer,
        ColumnType.Decimal or ColumnType.Double => ValueKind.Decimal,
        ColumnType.Money => ValueKind.Money,
        ColumnType.Boolean => ValueKind.Boolean,
        ColumnType.Picklist or ColumnType.State or ColumnType.Status => ValueKind.Picklist,
        ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner => ValueKind.Lookup,
        ColumnType.DateTime => ValueKind.DateTime,
        _ => ValueKind.Other,
    };
}
