using System.Xml.Linq;
using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Generation.Registrations;
using Crm.Renewals.Solution.Generation.Steps;
using Crm.Renewals.Solution.Tests.Generation;

namespace Crm.Renewals.Solution.Tests.Generation.Steps;

public sealed class StepFileBuilderTests
{
    private static readonly AssemblyIdentity Plugins = new("Crm.Renewals.Plugins", new Version(1, 0, 0, 0), "ef93dea717a00f93");
    private static readonly Guid TypeId = new("a75e5a9d-2c00-4d17-8712-e5768cb3cc4d");

    [Fact]
    public void Build_CreateStepWithPostImage_HasTheExportedShape()
    {
        StepDeclaration step = FakeRegistrations.CreateStep with { PluginTypeFullName = "Crm.Renewals.Plugins.Risk.AccountRiskPlugin" };

        string text = GeneratedXml.ToFileText(StepFileBuilder.Build(step, TypeId, Plugins, "1.0.0.0"));

        Assert.Equal(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <SdkMessageProcessingStep Name="Crm.Renewals.Plugins.Risk.AccountRiskPlugin: Create of account" SdkMessageProcessingStepId="{2a2b3c4d-0001-4000-8000-000000000001}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <SdkMessageId>9ebdbb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId>
              <PluginTypeName>Crm.Renewals.Plugins.Risk.AccountRiskPlugin, Crm.Renewals.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=ef93dea717a00f93</PluginTypeName>
              <PluginTypeId>a75e5a9d-2c00-4d17-8712-e5768cb3cc4d</PluginTypeId>
              <PrimaryEntity>account</PrimaryEntity>
              <AsyncAutoDelete>0</AsyncAutoDelete>
              <Description>Crm.Renewals.Plugins.Risk.AccountRiskPlugin: Create of account</Description>
              <FilteringAttributes></FilteringAttributes>
              <InvocationSource>1</InvocationSource>
              <Mode>0</Mode>
              <Rank>1</Rank>
              <EventHandlerTypeCode>4602</EventHandlerTypeCode>
              <Stage>40</Stage>
              <IsCustomizable>1</IsCustomizable>
              <IsHidden>0</IsHidden>
              <SupportedDeployment>0</SupportedDeployment>
              <IntroducedVersion>1.0.0.0</IntroducedVersion>
              <SdkMessageProcessingStepImages>
                <SdkMessageProcessingStepImage Name="PostImage">
                  <SdkMessageProcessingStepImageId>{3a2b3c4d-0001-4000-8000-000000000001}</SdkMessageProcessingStepImageId>
                  <Attributes></Attributes>
                  <EntityAlias>PostImage</EntityAlias>
                  <ImageType>1</ImageType>
                  <MessagePropertyName>Id</MessagePropertyName>
                  <IsCustomizable>1</IsCustomizable>
                </SdkMessageProcessingStepImage>
              </SdkMessageProcessingStepImages>
            </SdkMessageProcessingStep>

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Build_UpdateStepWithPreImage_FiltersColumnsAndImagesTheTarget()
    {
        XElement step = StepFileBuilder.Build(FakeRegistrations.UpdateStep, TypeId, Plugins, "1.0.0.0");

        Assert.Equal("20bebb1b-ea3e-db11-86a7-000a3a5473e8", step.Element("SdkMessageId")!.Value);
        Assert.Equal("crr_healthscore,crr_usagetrend", step.Element("FilteringAttributes")!.Value);
        XElement image = step.Descendants("SdkMessageProcessingStepImage").Single();
        Assert.Equal(("0", "Target", "crr_healthscore"), (image.Element("ImageType")!.Value, image.Element("MessagePropertyName")!.Value, image.Element("Attributes")!.Value));
    }

    [Fact]
    public void Build_StepWithoutImages_KeepsAnEmptyImagesElementAsExportsDo()
    {
        XElement step = StepFileBuilder.Build(FakeRegistrations.UpdateStep with { Images = [] }, TypeId, Plugins, "1.0.0.0");

        Assert.False(step.Element("SdkMessageProcessingStepImages")!.HasElements);
    }

    [Fact]
    public void Build_AsynchronousStep_DeletesItsSystemJobOnSuccess()
    {
        XElement step = StepFileBuilder.Build(FakeRegistrations.UpdateStep with { Stage = 40, Mode = 1, Images = [] }, TypeId, Plugins, "1.0.0.0");

        Assert.Equal(("1", "1"), (step.Element("Mode")!.Value, step.Element("AsyncAutoDelete")!.Value));
    }

    [Fact]
    public void Build_MessageWithoutAnEstablishedId_IsRefusedRatherThanWrittenWithoutSdkMessageId()
    {
        var failure = Assert.Throws<GenerationException>(() => StepFileBuilder.Build(FakeRegistrations.WinStep, TypeId, Plugins, "1.0.0.0"));

        Assert.Contains(FakeRegistrations.WinStep.Name, failure.Message, StringComparison.Ordinal);
        Assert.Contains("sdkmessageid of message Win is not established", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Create", "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8")]
    [InlineData("Update", "20bebb1b-ea3e-db11-86a7-000a3a5473e8")]
    [InlineData("Delete", "a1bdbb1b-ea3e-db11-86a7-000a3a5473e8")]
    [InlineData("Assign", "8cbdbb1b-ea3e-db11-86a7-000a3a5473e8")]
    [InlineData("SetState", "1cbebb1b-ea3e-db11-86a7-000a3a5473e8")]
    [InlineData("SetStateDynamicEntity", "1dbebb1b-ea3e-db11-86a7-000a3a5473e8")]
    public void IdOf_DocumentedMessage_IsTheIdMicrosoftLists(string message, string id)
    {
        Assert.Equal(new Guid(id), SdkMessages.IdOf(message));
    }

    [Theory]
    [InlineData("Win")]
    [InlineData("Lose")]
    [InlineData("update")]
    public void IdOf_MessageNotEstablishedOrMisspelled_IsNull(string message)
    {
        Assert.Null(SdkMessages.IdOf(message));
    }
}
