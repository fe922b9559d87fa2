using Crm.Renewals.Emulator.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Validation;

public class ColumnValidationTests
{
    public static TheoryData<string, object, string> WrongTypes => new()
    {
        // column, a value of the wrong CLR type, the type the message must name
        { Color, 2, "Microsoft.Xrm.Sdk.OptionSetValue" },
        { Price, 12.5m, "Microsoft.Xrm.Sdk.Money" },
        { Quantity, 3L, "System.Int32" },
        { Ratio, 1.5d, "System.Decimal" },
        { Name, 42, "System.String" },
        { Account, Guid.NewGuid(), "Microsoft.Xrm.Sdk.EntityReference" },
        { Due, "2026-01-01", "System.DateTime" },
        { Active, 1, "System.Boolean" },
    };

    public static TheoryData<string, object> OutOfRange => new()
    {
        // column, a value just outside its metadata range
        { Quantity, 1001 },
        { Quantity, -1 },
        { Price, new Money(1_000_000.01m) },
        { Ratio, -100.01m },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void Create_WrongClrType_ThrowsFaultNamingTableColumnAndExpectedType(string column, object value, string expected)
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Create(new Entity(Widget) { [Name] = "A", [column] = value }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("Incorrect attribute value type " + value.GetType().FullName, fault.Message);
        Assert.Contains($"column '{column}' of table '{Widget}'", fault.Message);
        Assert.Contains(expected, fault.Message);
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Create_NumberOutsideMinMax_ThrowsFaultNamingColumnAndRange(string column, object value)
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Create(new Entity(Widget) { [Name] = "A", [column] = value }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains($"of '{column}' on record of type '{Widget}' is outside the valid range", fault.Message);
    }

    [Fact]
    public void Create_UnknownColumn_ThrowsFaultNamingTableAndColumn()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Create(new Entity(Widget) { [Name] = "A", ["test_colour"] = "red" }));

        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, fault.ErrorCode);
        Assert.Equal("'test_widget' entity doesn't contain attribute with Name = 'test_colour' and NameMapping = 'Logical'.", fault.Message);
    }

    [Fact]
    public void Create_OptionNotInOptionSet_ThrowsFaultListingAcceptedValues()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Create(new Entity(Widget) { [Name] = "A", [Color] = new OptionSetValue(9) }));

        Assert.Equal(
            "A validation error occurred. The value 9 of 'test_color' on record of type 'test_widget' is outside the valid range. Accepted Values: 1,2,3",
            fault.Message);
    }

    [Fact]
    public void Create_TextOverMaxLength_ThrowsFaultNamingColumnAndMaximum()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Create(new Entity(Widget) { [Name] = new string('x', 51) }));

        Assert.Contains("The length of the 'test_name' attribute of the 'test_widget' entity exceeded the maximum allowed length of '50'", fault.Message);
    }

    [Fact]
    public void Create_TextAtMaxLength_IsAccepted()
    {
        var org = Organizations.New();

        var id = org.Service.Create(new Entity(Widget) { [Name] = new string('x', 50) });

        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public void Create_LookupToWrongTable_ThrowsFaultNamingAllowedTargets()
    {
        var org = Organizations.New();
        var contact = org.Service.Create(new Entity("contact") { ["lastname"] = "Lovelace" });

        var fault = Organizations.Fault(() => org.Service.Create(new Entity(Widget) { [Name] = "A", [Account] = new EntityReference("contact", contact) }));

        Assert.Equal("Invalid lookup: column 'test_accountid' of table 'test_widget' can refer to account, not to 'contact'.", fault.Message);
    }

    [Fact]
    public void Create_LookupToMissingRow_ThrowsObjectDoesNotExist()
    {
        var org = Organizations.New();
        var missing = Guid.NewGuid();

        var fault = Organizations.Fault(() => org.Service.Create(new Entity(Widget) { [Name] = "A", [Account] = new EntityReference("account", missing) }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
        Assert.Equal($"account With Id = {missing:D} Does Not Exist", fault.Message);
    }

    [Fact]
    public void Create_LookupByAlternateKey_ResolvesTheRow()
    {
        var org = Organizations.New();
        var target = org.Service.Create(Organizations.Widget("Target", "W-9"));

        var part = org.Service.Create(new Entity(Part) { [Name] = "Bolt", [WidgetLookup] = new EntityReference(Widget, Code, "W-9") });

        Assert.Equal(target, org.Find(Part, part)!.GetAttributeValue<EntityReference>(WidgetLookup).Id);
    }

    [Fact]
    public void Create_MissingSystemRequiredColumn_ThrowsRequiredFieldFault()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Create(new Entity("environmentvariablevalue") { ["value"] = "x", ["schemaname"] = Setting }));

        Assert.Equal(ErrorCodes.RequiredFieldMissing, fault.ErrorCode);
        Assert.Contains("'environmentvariabledefinitionid'", fault.Message);
    }

    [Fact]
    public void Create_MissingApplicationRequiredColumn_IsAccepted()
    {
        var org = Organizations.New();

        var id = org.Service.Create(new Entity(Widget) { [Quantity] = 1 });

        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public void Update_SystemRequiredColumnToNull_ThrowsCannotBeSetToNull()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());

        var fault = Organizations.Fault(() => org.Service.Update(new Entity(Widget, id) { ["ownerid"] = null }));

        Assert.Equal("Attribute: ownerid cannot be set to NULL", fault.Message);
    }

    [Fact]
    public void Create_DateBefore1753_ThrowsInvalidDateTimeFault()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Create(new Entity(Widget) { [Name] = "A", [Due] = new DateTime(1752, 12, 31, 0, 0, 0, DateTimeKind.Utc) }));

        Assert.Equal(ErrorCodes.InvalidDateTime, fault.ErrorCode);
        Assert.Contains("'test_due' of table 'test_widget'", fault.Message);
    }

    [Fact]
    public void Update_StatusOfAnotherState_ThrowsInvalidStatusFault()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());

        var fault = Organizations.Fault(() => org.Service.Update(new Entity(Widget, id)
        {
            ["statecode"] = new OptionSetValue(0),
            ["statuscode"] = new OptionSetValue(RetiredStatus),
        }));

        Assert.Equal(ErrorCodes.InvalidStateCodeStatusCode, fault.ErrorCode);
    }

    [Fact]
    public void Create_InvalidValue_StoresNothing()
    {
        var org = Organizations.New();

        Organizations.Fault(() => org.Service.Create(new Entity(Widget) { [Name] = "A", [Quantity] = 5000 }));

        Assert.Empty(org.Rows(Widget));
    }

    // Dataverse deserializes a request against the metadata before the pipeline: no step ever sees a mistyped column.
    [Theory]
    [InlineData("Create")]
    [InlineData("Update")]
    public void Write_ColumnOfTheWrongClrType_IsRefusedBeforeAnyStepRuns(string message)
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());
        var ran = 0;
        org.RegisterStep(Steps.On(message, TestSchema.Widget, Plugins.Registration.PipelineStage.PreValidation, _ => ran++));
        var row = message == "Create" ? Organizations.Widget() : new Entity(TestSchema.Widget, id);
        row[TestSchema.Ratio] = 42;

        var fault = Organizations.Fault(() => { if (message == "Create") { org.Service.Create(row); } else { org.Service.Update(row); } });

        Assert.Equal(0, ran);
        Assert.Equal("Incorrect attribute value type System.Int32 for column 'test_ratio' of table 'test_widget': a Decimal column takes a System.Decimal.", fault.Message);
    }
}
