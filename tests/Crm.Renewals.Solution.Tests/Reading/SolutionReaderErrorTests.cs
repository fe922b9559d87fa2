using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Solution.Tests.Reading;

/// <summary>Each test breaks one thing in a copy of Solution/src and expects the file and element in the message.</summary>
public sealed class SolutionReaderErrorTests
{
    private const string Concession = "Entities/crr_Concession/Entity.xml";
    private const string Account = "Entities/Account/Entity.xml";
    private const string Segment = "OptionSets/crr_segment.xml";
    private const string Index = "Other/Relationships.xml";
    private const string PageSize = "customapis/crr_GenerateRenewals/customapirequestparameters/PageSize/customapirequestparameter.xml";
    private const string Created = "customapis/crr_GenerateRenewals/customapiresponseproperties/Created/customapiresponseproperty.xml";

    [Theory]
    [InlineData("attribute without <Type>", Concession,
        "<Type>decimal</Type>\n          <Name>crr_discountpercent</Name>", "<Name>crr_discountpercent</Name>",
        "Solution/src/Entities/crr_Concession/Entity.xml: attribute crr_discountpercent has no <Type>")]
    [InlineData("unknown <Type>", Concession,
        "<Type>decimal</Type>\n          <Name>crr_discountpercent</Name>", "<Type>percent</Type>\n          <Name>crr_discountpercent</Name>",
        "Solution/src/Entities/crr_Concession/Entity.xml: attribute crr_discountpercent has <Type>percent</Type>, which is not one of")]
    [InlineData("LogicalName not the PhysicalName in lower case", Concession,
        "<LogicalName>crr_tiedto</LogicalName>", "<LogicalName>crr_tied</LogicalName>",
        "Solution/src/Entities/crr_Concession/Entity.xml: attribute crr_tiedto has <LogicalName>crr_tied</LogicalName>; it must be the PhysicalName in lower case")]
    [InlineData("text column without <MaxLength> (the first 500-character text column is crr_sunset)", Concession,
        "<MaxLength>500</MaxLength>", "",
        "Solution/src/Entities/crr_Concession/Entity.xml: attribute crr_sunset is text but has no <MaxLength>")]
    [InlineData("unknown required level", Concession,
        "<RequiredLevel>required</RequiredLevel>", "<RequiredLevel>mandatory</RequiredLevel>",
        "has <RequiredLevel>mandatory</RequiredLevel>; expected one of none, recommended, required, systemrequired")]
    [InlineData("minimum above maximum (the first 0-100 column is crr_adoptionpercent)", Account,
        "<MinValue>0</MinValue>", "<MinValue>150</MinValue>",
        "Solution/src/Entities/Account/Entity.xml: attribute crr_adoptionpercent has <MinValue>150</MinValue> above <MaxValue>100</MaxValue>")]
    [InlineData("date behavior code that does not exist (crr_enddate is the first DateOnly column)", "Entities/crr_CustomerContract/Entity.xml",
        "<Behavior>2</Behavior>", "<Behavior>4</Behavior>",
        "Solution/src/Entities/crr_CustomerContract/Entity.xml: attribute crr_enddate has <Behavior>4</Behavior>; expected 1 (UserLocal)")]
    [InlineData("choice bound to an option set that does not exist", Account,
        "<OptionSetName>crr_segment</OptionSetName>", "<OptionSetName>crr_segments</OptionSetName>",
        "Solution/src/Entities/Account/Entity.xml: attribute crr_segment uses option set crr_segments, which OptionSets/ does not define")]
    [InlineData("choice with neither a global nor a local option set", "Entities/Task/Entity.xml",
        "<OptionSetName>crr_milestone</OptionSetName>", "",
        "Solution/src/Entities/Task/Entity.xml: attribute crr_milestone is a choice but has neither <OptionSetName> nor an inline <optionset>")]
    [InlineData("<entity Name> differing from <Name>", "Entities/crr_RiskChange/Entity.xml",
        "<entity Name=\"crr_RiskChange\">", "<entity Name=\"crr_Risk\">",
        "Solution/src/Entities/crr_RiskChange/Entity.xml: <entity Name=\"crr_Risk\"> differs from <Name>crr_RiskChange</Name>")]
    [InlineData("not well-formed XML", "Entities/crr_SavePlan/Entity.xml",
        "</Entity>", "</Entit>",
        "Solution/src/Entities/crr_SavePlan/Entity.xml: not well-formed XML")]
    [InlineData("option value that is not a number", Segment,
        "value=\"642310002\"", "value=\"SMB\"",
        "Solution/src/OptionSets/crr_segment.xml: <option> of option set crr_segment has value=\"SMB\", which is not a whole number")]
    [InlineData("option value used twice", Segment,
        "value=\"642310002\"", "value=\"642310001\"",
        "Solution/src/OptionSets/crr_segment.xml: option set crr_segment lists value 642310001 twice")]
    [InlineData("option set file named after another set", Segment,
        "Name=\"crr_segment\"", "Name=\"crr_segmentx\"",
        "Solution/src/OptionSets/crr_segment.xml: defines option set crr_segmentx; the file must be named crr_segmentx.xml")]
    [InlineData("relationship defined but missing from the index", Index,
        "  <EntityRelationship Name=\"crr_opportunity_Contract_crr_customercontract\" />\n", "",
        "Solution/src/Other/Relationships.xml: relationship crr_opportunity_Contract_crr_customercontract is defined in Other/Relationships/ but not listed here")]
    [InlineData("index entry without a definition", Index,
        "<EntityRelationship Name=\"business_unit_crr_approvalauthority\" />", "<EntityRelationship Name=\"business_unit_crr_approvalauthority\" />\n  <EntityRelationship Name=\"crr_missing_relationship\" />",
        "Solution/src/Other/Relationships.xml: lists relationship crr_missing_relationship, which no file in Other/Relationships/ defines")]
    [InlineData("relationship naming a column the custom table lacks (crr_concession_Account_account comes first)", "Other/Relationships/Account.xml",
        "<ReferencingAttributeName>crr_Account</ReferencingAttributeName>", "<ReferencingAttributeName>crr_Acount</ReferencingAttributeName>",
        "Solution/src/Entities/crr_Concession/Entity.xml: relationship crr_concession_Account_account names ReferencingAttributeName crr_acount, which table crr_concession does not define")]
    [InlineData("lookup left without a relationship (the opportunity's contract lookup comes first)", "Other/Relationships/crr_CustomerContract.xml",
        "<ReferencingAttributeName>crr_Contract</ReferencingAttributeName>", "<ReferencingAttributeName>crr_Contrakt</ReferencingAttributeName>",
        "Solution/src/Entities/Opportunity/Entity.xml: lookup crr_contract has no target: no relationship in Other/Relationships/ names it as ReferencingAttributeName")]
    [InlineData("response property with <isoptional>, which breaks solution import", Created,
        "<name>crr_GenerateRenewals.Created</name>", "<isoptional>0</isoptional>\n  <name>crr_GenerateRenewals.Created</name>",
        "Solution/src/customapis/crr_GenerateRenewals/customapiresponseproperties/Created/customapiresponseproperty.xml: customapiresponseproperty Created has <isoptional>, which response properties must not have")]
    [InlineData("request parameter without <isoptional>", PageSize,
        "  <isoptional>1</isoptional>\n", "",
        "Solution/src/customapis/crr_GenerateRenewals/customapirequestparameters/PageSize/customapirequestparameter.xml: customapirequestparameter PageSize has no <isoptional>")]
    [InlineData("parameter type code that does not exist", PageSize,
        "<type>7</type>", "<type>13</type>",
        "customapirequestparameter PageSize has <type>13</type>; expected one of 0, 1, 2")]
    [InlineData("bound custom API without its table", "customapis/crr_LogSaveOutcome/customapi.xml",
        "<boundentitylogicalname>crr_saveplan</boundentitylogicalname>", "<boundentitylogicalname />",
        "Solution/src/customapis/crr_LogSaveOutcome/customapi.xml: custom API crr_LogSaveOutcome is bound (<bindingtype>1</bindingtype>) but has no <boundentitylogicalname>")]
    [InlineData("custom API whose uniquename differs from its folder", "customapis/crr_GetSaveMetrics/customapi.xml",
        "uniquename=\"crr_GetSaveMetrics\"", "uniquename=\"crr_GetMetrics\"",
        "Solution/src/customapis/crr_GetSaveMetrics/customapi.xml: uniquename=\"crr_GetMetrics\" differs from its folder name crr_GetSaveMetrics")]
    [InlineData("JSON environment variable whose default is not JSON", "environmentvariabledefinitions/crr_RiskPolicy/environmentvariabledefinition.xml",
        "\"redFlagsForRed\": 2,", "\"redFlagsForRed\": 2,,",
        "Solution/src/environmentvariabledefinitions/crr_RiskPolicy/environmentvariabledefinition.xml: environment variable crr_RiskPolicy is of type JSON but its <defaultvalue> is not valid JSON")]
    [InlineData("environment variable type code that does not exist", "environmentvariabledefinitions/crr_SavePolicy/environmentvariabledefinition.xml",
        "<type>100000003</type>", "<type>3</type>",
        "Solution/src/environmentvariabledefinitions/crr_SavePolicy/environmentvariabledefinition.xml: environment variable crr_SavePolicy has <type>3</type>; expected one of")]
    [InlineData("option value prefix outside 10000-99999", "Other/Solution.xml",
        "<CustomizationOptionValuePrefix>64231</CustomizationOptionValuePrefix>", "<CustomizationOptionValuePrefix>123</CustomizationOptionValuePrefix>",
        "Solution/src/Other/Solution.xml: <Publisher> has <CustomizationOptionValuePrefix>123</CustomizationOptionValuePrefix>; expected 10000-99999")]
    public void Read_OneDefect_NamesTheFileAndElement(string defect, string file, string find, string replacement, string expected)
    {
        using var copy = new SolutionCopy();
        copy.Replace(file, find, replacement);

        SolutionFormatException error = Assert.Throws<SolutionFormatException>(() => SolutionReader.Read(copy.Source));

        Assert.True(error.Message.Contains(expected, StringComparison.Ordinal), $"{defect}: got \"{error.Message}\"");
    }

    [Theory]
    [InlineData("Other/Solution.xml")]
    [InlineData("Entities/crr_SavePlan/Entity.xml")]
    [InlineData("customapis/crr_GenerateRenewals/customapirequestparameters/PageSize/customapirequestparameter.xml")]
    [InlineData("environmentvariabledefinitions/crr_RiskPolicy/environmentvariabledefinition.xml")]
    public void Read_MissingFile_NamesTheFile(string file)
    {
        using var copy = new SolutionCopy();
        copy.Delete(file);

        SolutionFormatException error = Assert.Throws<SolutionFormatException>(() => SolutionReader.Read(copy.Source));

        Assert.Equal($"Solution/src/{file}: the file is missing", error.Message);
        Assert.Equal($"Solution/src/{file}", error.File);
    }

    [Fact]
    public void Read_DefinitionFileMissing_ReportsTheIndexEntriesLeftWithoutDefinition()
    {
        using var copy = new SolutionCopy();
        copy.Delete("Other/Relationships/crr_SavePlan.xml");

        SolutionFormatException error = Assert.Throws<SolutionFormatException>(() => SolutionReader.Read(copy.Source));

        Assert.StartsWith("Solution/src/Other/Relationships.xml: lists relationship crr_concession_SavePlan_crr_saveplan", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EntityFolderNamedDifferently_AsksForTheSchemaName()
    {
        using var copy = new SolutionCopy();
        copy.RenameFolder("Entities/crr_SavePlan", "crr_Saveplan");

        SolutionFormatException error = Assert.Throws<SolutionFormatException>(() => SolutionReader.Read(copy.Source));

        Assert.StartsWith("Solution/src/Entities/crr_Saveplan/Entity.xml: defines table crr_SavePlan; its folder must be named crr_SavePlan", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ElementLevelDefect_GivesTheLineNumber()
    {
        using var copy = new SolutionCopy();
        copy.Replace(Segment, "value=\"642310002\"", "value=\"SMB\"");

        SolutionFormatException error = Assert.Throws<SolutionFormatException>(() => SolutionReader.Read(copy.Source));

        Assert.Matches(@"\(line \d+\)$", error.Message);
    }

    [Fact]
    public void Read_MissingFolder_SaysSo()
    {
        string missing = Path.Combine(RepositoryFolders.Root, "Solution", "no-such-folder");

        SolutionFormatException error = Assert.Throws<SolutionFormatException>(() => SolutionReader.Read(missing));

        Assert.Equal("Solution/no-such-folder: the solution folder is missing", error.Message);
    }
}
