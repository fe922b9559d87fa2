using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Pipeline;

public class ImageTests
{
    [Fact]
    public void Update_PreAndPostImages_HoldTheRowBeforeAndAfter()
    {
        var org = Organizations.New();
        Entity? pre = null;
        Entity? post = null;
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PostOperation, call =>
        {
            pre = call.Context.PreEntityImages["Image"];
            post = call.Context.PostEntityImages["Image"];
        }, images: [Steps.Image("Image", ImageType.Both)]));
        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Quantity] = 1 });

        org.Service.Update(new Entity(Widget, id) { [Quantity] = 2 });

        Assert.Equal(1, pre![Quantity]);
        Assert.Equal(2, post![Quantity]);
        Assert.Equal("Gear", post[Name]);
    }

    [Theory]
    [InlineData(PipelineStage.PreValidation)]
    [InlineData(PipelineStage.PreOperation)]
    [InlineData(PipelineStage.PostOperation)]
    public void Update_PreImage_IsAvailableAtEveryStage(PipelineStage stage)
    {
        var org = Organizations.New();
        Entity? pre = null;
        org.RegisterStep(Steps.On("Update", Widget, stage, call => pre = call.Context.PreEntityImages["Before"], images: [Steps.Image("Before", ImageType.PreImage)]));
        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Quantity] = 1 });

        org.Service.Update(new Entity(Widget, id) { [Quantity] = 2 });

        Assert.Equal(1, pre![Quantity]);
    }

    [Fact]
    public void Update_ImageWithDeclaredColumns_HoldsOnlyThoseColumns()
    {
        var org = Organizations.New();
        Entity? pre = null;
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PreOperation, call => pre = call.Context.PreEntityImages["Before"], images: [Steps.Image("Before", ImageType.PreImage, Quantity)]));
        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Quantity] = 1 });

        org.Service.Update(new Entity(Widget, id) { [Quantity] = 2 });

        Assert.Equal([Quantity], pre!.Attributes.Keys);
        Assert.Equal(id, pre.Id);
    }

    [Fact]
    public void Create_PostImage_HoldsTheCreatedRow()
    {
        var org = Organizations.New();
        Entity? post = null;
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call => post = call.Context.PostEntityImages["After"], images: [Steps.Image("After", ImageType.PostImage)]));

        var id = org.Service.Create(Organizations.Widget("Gear"));

        Assert.Equal(id, post!.Id);
        Assert.Equal("Gear", post[Name]);
        Assert.True(post.Contains("createdon"));
    }

    [Fact]
    public void Delete_PreImage_HoldsTheDeletedRow()
    {
        var org = Organizations.New();
        Entity? pre = null;
        org.RegisterStep(Steps.On("Delete", Widget, PipelineStage.PostOperation, call => pre = call.Context.PreEntityImages["Before"], images: [Steps.Image("Before", ImageType.PreImage)]));
        var id = org.Service.Create(Organizations.Widget("Gear"));

        org.Service.Delete(Widget, id);

        Assert.Equal("Gear", pre![Name]);
    }

    [Fact]
    public void Update_PluginChangesImage_StoredRowUnchanged()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PostOperation, call => call.Context.PostEntityImages["After"][Name] = "Tampered", images: [Steps.Image("After", ImageType.PostImage)]));
        var id = org.Service.Create(Organizations.Widget("Gear"));

        org.Service.Update(new Entity(Widget, id) { [Quantity] = 2 });

        Assert.Equal("Gear", org.Find(Widget, id)![Name]);
    }
}
