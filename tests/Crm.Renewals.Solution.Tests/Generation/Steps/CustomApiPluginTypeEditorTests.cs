using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Generation.Steps;

namespace Crm.Renewals.Solution.Tests.Generation.Steps;

/// <summary>The generator's edit of customapi.xml: the export-key form real exports write, and no element when nothing implements the API.</summary>
public sealed class CustomApiPluginTypeEditorTests
{
    private const string Path = "Solution/src/customapis/crr_X/customapi.xml";
    private static readonly Guid TypeId = new("a75e5a9d-2c00-4d17-8712-e5768cb3cc4d");

    private const string Unbound = "<customapi uniquename=\"crr_X\">\n  <name>crr_X</name>\n  <workflowsdkstepenabled>0</workflowsdkstepenabled>\n</customapi>\n";

    private const string Bound = "<customapi uniquename=\"crr_X\">\n  <name>crr_X</name>\n  <plugintypeid>\n    <plugintypeexportkey>a75e5a9d-2c00-4d17-8712-e5768cb3cc4d</plugintypeexportkey>\n  </plugintypeid>\n  <workflowsdkstepenabled>0</workflowsdkstepenabled>\n</customapi>\n";

    [Fact]
    public void Rewrite_NoElement_BindsThePluginTypeByExportKeyBeforeWorkflowSdkStepEnabled()
    {
        Assert.Equal(Bound, CustomApiPluginTypeEditor.Rewrite(Unbound, TypeId, Path));
    }

    [Fact]
    public void Rewrite_BoundElementWithNoType_RemovesIt()
    {
        Assert.Equal(Unbound, CustomApiPluginTypeEditor.Rewrite(Bound, null, Path));
    }

    [Fact]
    public void Rewrite_EmptyElementOrIdForm_IsReplacedByTheExportKeyForm()
    {
        string empty = Unbound.Replace("  <workflowsdkstepenabled>", "  <plugintypeid />\n  <workflowsdkstepenabled>", StringComparison.Ordinal);
        string idForm = Bound.Replace("plugintypeexportkey", "plugintypeid", StringComparison.Ordinal);

        Assert.Equal(Bound, CustomApiPluginTypeEditor.Rewrite(empty, TypeId, Path));
        Assert.Equal(Bound, CustomApiPluginTypeEditor.Rewrite(idForm, TypeId, Path));
    }

    [Fact]
    public void Rewrite_LastElementMissing_PlacesItBeforeTheClosingTag()
    {
        string text = "<customapi uniquename=\"crr_X\">\n  <name>crr_X</name>\n</customapi>\n";

        string rewritten = CustomApiPluginTypeEditor.Rewrite(text, TypeId, Path);

        Assert.Equal("<customapi uniquename=\"crr_X\">\n  <name>crr_X</name>\n  <plugintypeid>\n    <plugintypeexportkey>a75e5a9d-2c00-4d17-8712-e5768cb3cc4d</plugintypeexportkey>\n  </plugintypeid>\n</customapi>\n", rewritten);
    }

    [Fact]
    public void Rewrite_FileNotClosed_FailsNamingTheFile()
    {
        var failure = Assert.Throws<GenerationException>(() => CustomApiPluginTypeEditor.Rewrite("<customapi uniquename=\"crr_X\">", TypeId, Path));

        Assert.StartsWith(Path + ": <customapi> is not closed", failure.Message, StringComparison.Ordinal);
    }
}
