using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Generation.Steps;

namespace Crm.Renewals.Solution.Tests.Generation.Steps;

public sealed class RootComponentRowsTests
{
    private const string Manifest = """
        <ImportExportXml>
          <SolutionManifest>
            <RootComponents>
              <RootComponent type="1" schemaName="account" behavior="2" />
              <RootComponent type="91" id="{00000000-0000-0000-0000-000000000001}" schemaName="Old" behavior="0" />
              <RootComponent type="92" id="{00000000-0000-0000-0000-000000000002}" behavior="0" />
            </RootComponents>
          </SolutionManifest>
        </ImportExportXml>
        """;

    [Fact]
    public void Rewrite_ReplacesOnlyThePluginRowsAndPutsThemLast()
    {
        string text = RootComponentRows.Rewrite(
            Manifest.ReplaceLineEndings("\n"),
            [RootComponentRows.AssemblyRow(new Guid("5f3a0c1e-8b2d-4c6a-9e71-2d4b6f8a1c30"), "A, Version=1.0.0.0"), RootComponentRows.StepRow(new Guid("a5191a6b-9290-ee11-8179-000d3a354bf5"))],
            "Other/Solution.xml");

        Assert.Equal(
            """
            <ImportExportXml>
              <SolutionManifest>
                <RootComponents>
                  <RootComponent type="1" schemaName="account" behavior="2" />
                  <RootComponent type="91" id="{5f3a0c1e-8b2d-4c6a-9e71-2d4b6f8a1c30}" schemaName="A, Version=1.0.0.0" behavior="0" />
                  <RootComponent type="92" id="{a5191a6b-9290-ee11-8179-000d3a354bf5}" behavior="0" />
                </RootComponents>
              </SolutionManifest>
            </ImportExportXml>
            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Rewrite_WithNoRows_RemovesThePluginRows()
    {
        string text = RootComponentRows.Rewrite(Manifest.ReplaceLineEndings("\n"), [], "Other/Solution.xml");

        Assert.DoesNotContain("type=\"9", text, StringComparison.Ordinal);
        Assert.Contains("schemaName=\"account\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_ManifestWithoutRootComponentsClosingLine_FailsNamingTheFile()
    {
        var failure = Assert.Throws<GenerationException>(() => RootComponentRows.Rewrite("<ImportExportXml />", [], "Solution/src/Other/Solution.xml"));

        Assert.StartsWith("Solution/src/Other/Solution.xml: <SolutionManifest> has no </RootComponents>", failure.Message, StringComparison.Ordinal);
    }
}
