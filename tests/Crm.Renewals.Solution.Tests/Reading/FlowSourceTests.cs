using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Crm.Renewals.Solution.Tests.Reading;

/// <summary>
/// The daily sweep flow as the repository defines it: it calls a Custom API of the solution with that API's request
/// parameters and reads only its response properties, loops until the API says no more records are left, retries
/// throttled calls a bounded number of times, and runs on the solution's Dataverse connection reference.
/// </summary>
public sealed partial class FlowSourceTests
{
    private static readonly string Source = RepositoryFolders.SolutionSource;
    private static readonly string DefinitionFile = Directory.GetFiles(Path.Combine(Source, "Workflows"), "*.json").Single();
    private static readonly JsonElement Definition = JsonDocument.Parse(File.ReadAllText(DefinitionFile)).RootElement.GetProperty("properties").GetProperty("definition");

    [Fact]
    public void Sweep_CallsTheSolutionsApiWithItsOwnParametersAndResponse()
    {
        JsonElement call = UnboundActions(Definition).Single();
        var parameters = call.GetProperty("inputs").GetProperty("parameters");
        string api = parameters.GetProperty("actionName").GetString()!;
        string folder = Path.Combine(Source, "customapis", api);

        Assert.True(Directory.Exists(folder), $"the flow calls {api}, which Solution/src/customapis does not define");
        var requests = Directory.GetDirectories(Path.Combine(folder, "customapirequestparameters")).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var responses = Directory.GetDirectories(Path.Combine(folder, "customapiresponseproperties")).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        Assert.All(parameters.EnumerateObject().Where(p => p.Name.StartsWith("item/", StringComparison.Ordinal)), p => Assert.Contains(p.Name["item/".Length..], requests));
        var read = BodyReference().Matches(File.ReadAllText(DefinitionFile)).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(read);
        Assert.All(read, property => Assert.Contains(property, responses));
    }

    [Fact]
    public void Sweep_LoopsUntilNoMoreRecordsAndRetriesABoundedNumberOfTimes()
    {
        JsonElement loop = Definition.GetProperty("actions").EnumerateObject().Single(a => a.Value.GetProperty("type").GetString() == "Until").Value;
        JsonElement call = UnboundActions(Definition).Single();

        Assert.Equal("@equals(variables('MoreRecords'), false)", loop.GetProperty("expression").GetString());
        Assert.InRange(call.GetProperty("inputs").GetProperty("retryPolicy").GetProperty("count").GetInt32(), 1, 10);
        Assert.Equal("Recurrence", Definition.GetProperty("triggers").EnumerateObject().Single().Value.GetProperty("type").GetString());
    }

    [Fact]
    public void Sweep_RunsOnTheSolutionsConnectionReference()
    {
        string reference = JsonDocument.Parse(File.ReadAllText(DefinitionFile)).RootElement.GetProperty("properties").GetProperty("connectionReferences")
            .EnumerateObject().Single().Value.GetProperty("connection").GetProperty("connectionReferenceLogicalName").GetString()!;
        var declared = XDocument.Load(Path.Combine(Source, "Other", "Customizations.xml")).Descendants("connectionreference")
            .Select(c => (string)c.Attribute("connectionreferencelogicalname")!);

        Assert.Contains(reference, declared);
    }

    private static IEnumerable<JsonElement> UnboundActions(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("inputs", out var inputs) && inputs.ValueKind == JsonValueKind.Object && inputs.TryGetProperty("host", out var host)
                && host.GetProperty("operationId").GetString() == "PerformUnboundAction")
            {
                yield return element;
            }

            foreach (var child in element.EnumerateObject().SelectMany(p => UnboundActions(p.Value)))
            {
                yield return child;
            }
        }
    }

    [GeneratedRegex(@"\['body/(\w+)'\]")]
    private static partial Regex BodyReference();
}
