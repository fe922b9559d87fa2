using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Pipeline;

public class RegistrationTests
{
    public static TheoryData<StepRegistration, string> Refused => new()
    {
        // Each row: a step Dataverse refuses, and a fragment of the message that says what to fix.
        // Stage 30 is reserved for Custom API implementations.
        { Steps.On("Create", Widget, PipelineStage.MainOperation, _ => { }), "RegisterCustomApi" },
        // Asynchronous steps run at PostOperation only.
        { Steps.On("Create", Widget, PipelineStage.PreOperation, _ => { }, mode: ExecutionMode.Asynchronous), "asynchronous steps run only at PostOperation" },
        // Create has no pre-image.
        { Steps.On("Create", Widget, PipelineStage.PostOperation, _ => { }, images: [Steps.Image("Before", ImageType.PreImage)]), "Create has no pre-image" },
        // Delete has no post-image.
        { Steps.On("Delete", Widget, PipelineStage.PostOperation, _ => { }, images: [Steps.Image("After", ImageType.PostImage)]), "Delete has no post-image" },
        // Post-images exist at PostOperation only ("Both" includes one).
        { Steps.On("Update", Widget, PipelineStage.PreOperation, _ => { }, images: [Steps.Image("After", ImageType.Both)]), "post-images exist only at PostOperation" },
        // Filtering attributes apply to Update.
        { Steps.On("Create", Widget, PipelineStage.PostOperation, _ => { }, filteringAttributes: [Name]), "Update steps only" },
        // The table must exist.
        { Steps.On("Create", "test_nothing", PipelineStage.PostOperation, _ => { }), "'test_nothing'" },
        // The Custom API allows no processing steps (allowedcustomprocessingsteptype 0).
        { Steps.On(LockedApi, "", PipelineStage.PostOperation, _ => { }), "allows no custom processing steps" },
        // The Custom API allows asynchronous steps only (allowedcustomprocessingsteptype 1).
        { Steps.On(AsyncOnlyApi, "", PipelineStage.PostOperation, _ => { }), "allows asynchronous steps only" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void RegisterStep_RegistrationDataverseRefuses_ThrowsSayingWhatToFix(StepRegistration step, string expected)
    {
        var org = Organizations.New();

        var exception = Assert.Throws<ArgumentException>(() => org.RegisterStep(step));

        Assert.Contains(expected, exception.Message);
    }

    [Fact]
    public void RegisterStep_TypeThatIsNotAPlugin_Throws()
    {
        var org = Organizations.New();
        var step = new StepRegistration(Guid.NewGuid(), typeof(string), "Create", Widget, PipelineStage.PostOperation);

        var exception = Assert.Throws<ArgumentException>(() => org.RegisterStep(step));

        Assert.Contains("is not a concrete class implementing Microsoft.Xrm.Sdk.IPlugin", exception.Message);
    }

    [Fact]
    public void RegisterStep_PluginWithoutUsableConstructor_Throws()
    {
        var org = Organizations.New();
        var step = new StepRegistration(Guid.NewGuid(), typeof(PluginNeedingAService), "Create", Widget, PipelineStage.PostOperation);

        var exception = Assert.Throws<ArgumentException>(() => org.RegisterStep(step));

        Assert.Contains("needs a public parameterless constructor or a public (string unsecureConfig, string secureConfig) constructor", exception.Message);
    }

    [Fact]
    public void RegisterStep_ParameterlessPlugin_IsConstructedAndRun()
    {
        var org = Organizations.New();
        org.RegisterStep(new StepRegistration(Guid.NewGuid(), typeof(ParameterlessPlugin), "Create", Widget, PipelineStage.PreOperation));

        var id = org.Service.Create(Organizations.Widget());

        Assert.Equal(ParameterlessPlugin.Value, org.Find(Widget, id)![Notes]);
    }

    [Fact]
    public void Step_ExecutedManyTimes_PluginIsConstructedOnceWithItsConfiguration()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, _ => { }, out var behavior), secureConfiguration: "secret");

        org.Service.Create(Organizations.Widget());
        org.Service.Create(Organizations.Widget());
        org.Service.Create(Organizations.Widget());

        Assert.Equal(1, behavior.Constructions);
        Assert.Equal(3, behavior.Executions);
        Assert.Equal("secret", behavior.SecureConfiguration);
    }

    [Fact]
    public void Step_InTwoOrganizations_EachHasItsOwnInstance()
    {
        var step = Steps.On("Create", Widget, PipelineStage.PostOperation, _ => { }, out var behavior);
        var first = Organizations.New().RegisterStep(step);
        var second = Organizations.New().RegisterStep(step);

        first.Service.Create(Organizations.Widget());
        second.Service.Create(Organizations.Widget());

        Assert.Equal(2, behavior.Constructions);
    }
}
