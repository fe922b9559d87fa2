using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Generation.Steps;

namespace Crm.Renewals.Solution.Tests.Generation.Steps;

public sealed class CustomApiPluginTypeEditorTests
{
    private const string Path = "Solution/src/customapis/crr_X/customapi.xml";
    private static readonly Guid TypeId = new("a75e5a9d-2c00-4d17-8712-e5768cb3cc4d");

    private const string Unbound = "<customapi uniquename=\"crr_X\">\n  <name>crr_X</name>\n  <plugintypeid />\n  <workflowsdkstepenabled>0</workflowsdkstepenabled>\n</customapi>\n";

    private const string Bound = "<customapi uniquename=\"crr_X\">\n  <name>crr_X</name>\n  <plugintypeid>\n    <plugintypeid>a75e5a9d-2c00-4d17-8712-e5768cb3cc4d</plugintypeid>\n  </plugintypeid>\n  <workflowsdkstepenabled>0</workflowsdkstepenabled>\n</customapi>\n";

    [Fact]
    public void Rewrite_EmptyElement_BindsThePluginTypeById()
    {
        Assert.Equal(Bound, CustomApiPluginTypeEditor.Rewrite(Unbound, TypeId, Path));
    }

    [Fact]
    public void Rewrite_BoundElementWithNoType_EmptiesIt()
    {
        Assert.Equal(Unbound, CustomApiPluginTypeEditor.Rewrite(Bound, null, Path));
    }

    [Fact]
    public void Rewrite_ExportKeyForm_IsReplacedByTheIdForm()
    {
        string exportKey = Unbound.Replace("<plugintypeid />", "<plugintypeid>\n    <plugintypeexportkey>0b0c6f1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b</plugintypeexportkey>\n  </plugintypeid>", StringComparison.Ordinal);

        Assert.Equal(Bound, CustomApiPluginTypeEditor.Rewrite(exportKey, TypeId, Path));
    }

    [Fact]
    public void Rewrite_FileWithoutTheElement_FailsNamingTheFile()
    {
        var failure = Assert.Throws<GenerationException>(() => CustomApiPluginTypeEditor.Rewrite("<customapi uniquename=\"crr_X\" />", TypeId, Path));

        Assert.StartsWith(Path + ": <customapi> has no <plugintypeid>", failure.Message, StringComparison.Ordinal);
    }
}
