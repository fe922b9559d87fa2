namespace Crm.Renewals.Solution.Reading;

/// <summary>File and folder names of the SolutionPackager unpacked layout, relative to the solution folder.</summary>
internal static class SolutionLayout
{
    /// <summary>File whose folder is the repository root; repo-relative paths in messages start there.</summary>
    public const string RepositoryMarker = "Crm.Renewals.sln";

    public const string Manifest = "Other/Solution.xml";
    public const string RelationshipIndex = "Other/Relationships.xml";
    public const string RelationshipFolder = "Other/Relationships";
    public const string EntitiesFolder = "Entities";
    public const string EntityFile = "Entity.xml";
    public const string OptionSetsFolder = "OptionSets";
    public const string RolesFolder = "Roles";
    public const string CustomApisFolder = "customapis";
    public const string CustomApiFile = "customapi.xml";
    public const string RequestParametersFolder = "customapirequestparameters";
    public const string RequestParameterFile = "customapirequestparameter.xml";
    public const string ResponsePropertiesFolder = "customapiresponseproperties";
    public const string ResponsePropertyFile = "customapiresponseproperty.xml";
    public const string EnvironmentVariablesFolder = "environmentvariabledefinitions";
    public const string EnvironmentVariableFile = "environmentvariabledefinition.xml";
    public const string XmlPattern = "*.xml";
}
