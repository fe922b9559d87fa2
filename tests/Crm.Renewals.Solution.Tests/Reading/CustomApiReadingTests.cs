using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Tests.Reading;

public sealed class CustomApiReadingTests
{
    private const int Boolean = 0;
    private const int DateTime = 1;
    private const int Decimal = 2;
    private const int EntityCollection = 4;
    private const int EntityReference = 5;
    private const int Integer = 7;
    private const int Money = 8;
    private const int Picklist = 9;
    private const int String = 10;
    private const int Global = 0;
    private const int Entity = 1;

    [Theory]
    [InlineData("crr_EvaluateAccountRisk", Entity, "account", true)]
    [InlineData("crr_GenerateRenewals", Global, null, false)]
    [InlineData("crr_EvaluateConcession", Global, null, true)]
    [InlineData("crr_LogSaveOutcome", Entity, "crr_saveplan", false)]
    [InlineData("crr_GetSaveMetrics", Global, null, true)]
    public void Read_CustomApi_ReadsBindingAndKind(string uniqueName, int binding, string? boundTable, bool isFunction)
    {
        CustomApiModel api = RealSolution.Api(uniqueName);

        Assert.Equal(binding, api.BindingType);
        Assert.Equal(boundTable, api.BoundEntityLogicalName);
        Assert.Equal(isFunction, api.IsFunction);
        Assert.Equal(BoundPluginTypeId(uniqueName), api.PluginTypeId);
        Assert.Equal($"Solution/src/customapis/{uniqueName}/customapi.xml", api.SourceFile);
    }

    [Fact]
    public void Read_GenerateRenewals_HasOptionalPagingParametersAndCounts()
    {
        CustomApiModel api = RealSolution.Api("crr_GenerateRenewals");

        Assert.Equal(
            [("AsOf", DateTime, true), ("Continuation", String, true), ("PageSize", Integer, true)],
            api.RequestParameters.Select(p => (p.UniqueName, p.Type, p.IsOptional)));
        Assert.Equal(
            [("Continuation", String), ("Created", Integer), ("Failed", Integer), ("MoreRecords", Boolean), ("Skipped", Integer)],
            api.ResponseProperties.Select(p => (p.UniqueName, p.Type)));
    }

    [Fact]
    public void Read_LogSaveOutcome_RequiresOutcomeFiguresAndTakesOptionalConcessions()
    {
        Dictionary<string, CustomApiParameterModel> parameters = RealSolution.Api("crr_LogSaveOutcome").RequestParameters.ToDictionary(p => p.UniqueName);

        Assert.Equal((Picklist, false), (parameters["Outcome"].Type, parameters["Outcome"].IsOptional));
        Assert.Equal((DateTime, false), (parameters["OutcomeDate"].Type, parameters["OutcomeDate"].IsOptional));
        Assert.Equal((Money, false), (parameters["SavedArr"].Type, parameters["SavedArr"].IsOptional));
        Assert.Equal((Decimal, false), (parameters["EffortHours"].Type, parameters["EffortHours"].IsOptional));
        Assert.Equal((Money, false), (parameters["EffortCost"].Type, parameters["EffortCost"].IsOptional));
        Assert.Equal((String, true), (parameters["LessonsLearned"].Type, parameters["LessonsLearned"].IsOptional));
        Assert.Equal((EntityCollection, true, "crr_concession"), (parameters["Concessions"].Type, parameters["Concessions"].IsOptional, parameters["Concessions"].LogicalEntityName));
    }

    [Fact]
    public void Read_EvaluateConcession_TakesTheTypedValuesAndOptionalReferences()
    {
        CustomApiModel api = RealSolution.Api("crr_EvaluateConcession");
        Dictionary<string, CustomApiParameterModel> parameters = api.RequestParameters.ToDictionary(p => p.UniqueName);

        Assert.False(parameters["ConcessionType"].IsOptional);
        Assert.Equal((EntityReference, "opportunity"), (parameters["RenewalOpportunity"].Type, parameters["RenewalOpportunity"].LogicalEntityName));
        Assert.Equal((EntityReference, "crr_concession"), (parameters["Concession"].Type, parameters["Concession"].LogicalEntityName));
        Assert.Equal(Picklist, api.ResponseProperties.Single(p => p.UniqueName == "RequiredLevel").Type);
        Assert.Equal(Boolean, api.ResponseProperties.Single(p => p.UniqueName == "CanApprove").Type);
    }

    [Fact]
    public void Read_Functions_ReturnAtLeastOneResponseProperty()
    {
        Assert.All(RealSolution.Model.CustomApis.Where(a => a.IsFunction), a => Assert.NotEmpty(a.ResponseProperties));
    }

    [Fact]
    public void Read_ResponseProperties_AreNeverOptional()
    {
        Assert.All(RealSolution.Model.CustomApis.SelectMany(a => a.ResponseProperties), p => Assert.False(p.IsOptional));
    }

    /// <summary>The id the registration generator writes into customapi.xml: the implementing type's, or none while unbound.</summary>
    private static Guid? BoundPluginTypeId(string uniqueName)
    {
        var binding = Crm.Renewals.Plugins.Registration.PluginRegistrations.CustomApis.SingleOrDefault(b => b.UniqueName == uniqueName);
        return binding is null
            ? null
            : Crm.Renewals.Plugins.Registration.PluginRegistrations.PluginTypes.Single(t => t.Type == binding.PluginType).Id;
    }
}
