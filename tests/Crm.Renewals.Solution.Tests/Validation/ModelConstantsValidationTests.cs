using System.Reflection;
using Crm.Renewals.Plugins.Registration;
using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Model;
using Crm.Renewals.Solution.Tests.Reading;

namespace Crm.Renewals.Solution.Tests.Validation;

/// <summary>
/// The Model constants the plugin code uses name only what the metadata defines: tables, their columns
/// and keys, Custom APIs and their parameters, environment variables; choice values are the metadata's.
/// </summary>
public sealed class ModelConstantsValidationTests
{
    private const string ModelNamespace = "Crm.Renewals.Plugins.Model";
    private const int OptionValuesPerPrefix = 10_000;

    private static readonly IReadOnlyList<TableModel> Platform = PlatformTableReader.Read(RepositoryFolders.Root);

    [Fact]
    public void TableConstants_NameTablesColumnsAndKeysOfTheMetadata()
    {
        var tables = Platform.Concat(RealSolution.Model.Tables).GroupBy(t => t.LogicalName)
            .ToDictionary(g => g.Key, g => g.SelectMany(t => t.Columns.Select(c => c.LogicalName).Concat(t.Keys.Select(k => k.LogicalName))).ToHashSet());
        var unknown = new List<string>();
        List<Type> tableClasses = ModelClasses().Where(t => Constant(t, "EntityLogicalName") is not null).ToList();

        foreach (Type table in tableClasses)
        {
            string logicalName = Constant(table, "EntityLogicalName")!;
            if (!tables.TryGetValue(logicalName, out HashSet<string>? names))
            {
                unknown.Add($"{table.Name}: table {logicalName}");
                continue;
            }

            unknown.AddRange(StringConstants(table).Where(c => c.Name != "EntityLogicalName" && !names.Contains(c.Value)).Select(c => $"{table.Name}.{c.Name} = {c.Value}"));
        }

        Assert.True(tableClasses.Count >= RealSolution.Model.Tables.Count, $"only {tableClasses.Count} table classes in {ModelNamespace}");
        Assert.True(unknown.Count == 0, "Constants naming nothing in the metadata:\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void CustomApiAndVariableConstants_NameWhatTheSolutionDefines()
    {
        var apis = RealSolution.Model.CustomApis.ToDictionary(a => a.UniqueName);
        var known = new List<string>();
        foreach (Type api in ModelClasses().Where(t => Constant(t, "MessageName") is not null))
        {
            CustomApiModel model = apis[Constant(api, "MessageName")!];
            IEnumerable<string> names = model.RequestParameters.Concat(model.ResponseProperties).Select(p => p.UniqueName)
                .Append(model.UniqueName).Append(model.BoundEntityLogicalName ?? model.UniqueName);
            Assert.All(StringConstants(api), c => Assert.Contains(c.Value, names));
            known.Add(model.UniqueName);
        }

        Assert.Equal(apis.Keys.Order(), known.Order());
        Type variables = ModelClasses().Single(t => t.Name == "EnvironmentVariableNames");
        Assert.Equal(RealSolution.Model.EnvironmentVariables.Select(v => v.SchemaName).Order(), StringConstants(variables).Select(c => c.Value).Order());
    }

    [Fact]
    public void SolutionChoiceValues_LieInThePublisherRangeAndAreInTheModel()
    {
        int first = RealSolution.Model.OptionValuePrefix * OptionValuesPerPrefix;
        IEnumerable<OptionModel> options = RealSolution.Model.OptionSets
            .Concat(RealSolution.Model.Tables.SelectMany(t => t.Columns).Where(c => c.IsCustom && c.Type is ColumnType.Picklist or ColumnType.MultiSelectPicklist && c.OptionSet is { IsGlobal: false }).Select(c => c.OptionSet!))
            .SelectMany(s => s.Options);
        var modelValues = ModelClasses().SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(int)).Select(f => (int)f.GetRawConstantValue()!).ToHashSet();

        Assert.All(options, o =>
        {
            Assert.InRange(o.Value, first, first + OptionValuesPerPrefix - 1);
            Assert.Contains(o.Value, modelValues);
        });
    }

    private static IEnumerable<Type> ModelClasses() =>
        typeof(PluginRegistrations).Assembly.GetTypes().Where(t => t.Namespace == ModelNamespace);

    private static string? Constant(Type type, string name) =>
        type.GetField(name, BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field ? (string?)field.GetRawConstantValue() : null;

    private static IEnumerable<(string Name, string Value)> StringConstants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!));
}
