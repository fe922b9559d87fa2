using System.Xml.Linq;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;
using Crm.Renewals.Plugins.Risk;

namespace Crm.Renewals.Plugins.Tests.Risk;

public class RiskRegistrationsTests
{
    private const string StepsFolder = "SdkMessageProcessingSteps";
    private const string CustomApiFile = "customapis/crr_EvaluateAccountRisk/customapi.xml";

    public static TheoryData<Guid> StepIds => new(RiskRegistrations.Feature.Steps.Select(step => step.Id));

    [Fact]
    public void Feature_EveryDeclaration_IsListedInPluginRegistrations()
    {
        Assert.All(RiskRegistrations.Feature.Steps, step => Assert.Contains(step, PluginRegistrations.Steps));
        Assert.All(RiskRegistrations.Feature.PluginTypes, type => Assert.Contains(type, PluginRegistrations.PluginTypes));
        Assert.All(RiskRegistrations.Feature.CustomApis, api => Assert.Contains(api, PluginRegistrations.CustomApis));
    }

    [Fact]
    public void Feature_UpdateSteps_ListenToTheTriggersOnly()
    {
        var updates = RiskRegistrations.Feature.Steps.Where(step => step.Message == "Update" && step.PluginType != typeof(RiskRecheckPlugin)).ToArray();
        var recheck = Assert.Single(RiskRegistrations.Feature.Steps, step => step.PluginType == typeof(RiskRecheckPlugin));

        Assert.Equal(2, updates.Length);
        Assert.All(updates, step => Assert.Equal(AccountRiskColumns.Triggers, step.FilteringAttributes));

        // The recheck's own correction writes results only, so it does not fire the recheck again.
        Assert.Equal(AccountRiskColumns.Inputs, recheck.FilteringAttributes);
        Assert.DoesNotContain(Account.Name, AccountRiskColumns.Triggers);
        Assert.DoesNotContain(Account.Segment, AccountRiskColumns.Triggers);
    }

    [Theory]
    [MemberData(nameof(StepIds))]
    public void SolutionStepFile_OfEachStep_MatchesTheDeclaration(Guid stepId)
    {
        var declared = RiskRegistrations.Feature.Steps.Single(step => step.Id == stepId);
        var typeId = RiskRegistrations.Feature.PluginTypes.Single(type => type.Type == declared.PluginType).Id;

        var file = XElement.Load(Path.Combine(SolutionLocator.FindSolutionSource(), StepsFolder, "{" + stepId.ToString("D") + "}.xml"));

        Assert.Equal(declared.Name, (string?)file.Attribute("Name"));
        Assert.Equal(typeId, Guid.Parse(file.Element("PluginTypeId")!.Value));
        Assert.Equal(declared.PrimaryEntity, file.Element("PrimaryEntity")!.Value);
        Assert.Equal((int)declared.Stage, (int)file.Element("Stage")!);
        Assert.Equal((int)declared.Mode, (int)file.Element("Mode")!);
        Assert.Equal(string.Join(",", declared.FilteringAttributes), file.Element("FilteringAttributes")?.Value ?? string.Empty);
        var images = file.Descendants("SdkMessageProcessingStepImage")
            .Select(image => (Alias: image.Element("EntityAlias")!.Value, Type: (int)image.Element("ImageType")!, Columns: image.Element("Attributes")!.Value))
            .OrderBy(image => image.Alias, StringComparer.Ordinal);
        var expected = declared.Images
            .Select(image => (image.Alias, Type: (int)image.Type, Columns: string.Join(",", image.Attributes)))
            .OrderBy(image => image.Alias, StringComparer.Ordinal);
        Assert.Equal(expected, images);
    }

    [Fact]
    public void SolutionCustomApi_EvaluateAccountRisk_NamesTheDeclaredPluginType()
    {
        var binding = Assert.Single(RiskRegistrations.Feature.CustomApis);
        var typeId = RiskRegistrations.Feature.PluginTypes.Single(type => type.Type == binding.PluginType).Id;

        var file = XElement.Load(Path.Combine(SolutionLocator.FindSolutionSource(), CustomApiFile));

        Assert.Equal(EvaluateAccountRiskApi.MessageName, binding.UniqueName);
        Assert.Equal(typeId, Guid.Parse(file.Element("plugintypeid")!.Value.Trim()));
    }
}
