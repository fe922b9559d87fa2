using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Tests.Query.Fakes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Query.Conditions;

/// <summary>Like and the begins / ends / contains operators over: Contoso Ltd, contoso-east, Fabrikam, Café Noir, 100% Pure and a nameless account.</summary>
public sealed class TextOperatorTests
{
    private readonly QueryEngine _engine = new();
    private readonly FakeQueryDataSource _source = FakeQueryDataSource.WithTestTables();

    public TextOperatorTests()
    {
        foreach (var name in new[] { "Contoso Ltd", "contoso-east", "Fabrikam", "Café Noir", "100% Pure" })
        {
            _source.Add(new Entity("account") { ["name"] = name });
        }

        _source.Add(new Entity("account") { ["accountnumber"] = "no name" });
    }

    [Theory]
    [InlineData("contoso%", "Contoso Ltd|contoso-east")]             // prefix, ignoring case
    [InlineData("%ltd", "Contoso Ltd")]                              // suffix
    [InlineData("%OSO%", "Contoso Ltd|contoso-east")]                // contains
    [InlineData("Fabrikam", "Fabrikam")]                             // no wildcard: whole value
    [InlineData("F_brikam", "Fabrikam")]                             // _ is one character
    [InlineData("Contoso_Ltd", "Contoso Ltd")]
    [InlineData("[cf]%", "Café Noir|Contoso Ltd|contoso-east|Fabrikam")] // a set of first letters
    [InlineData("[^c]%", "100% Pure|Fabrikam")]                      // a negated set
    [InlineData("[0-9]%", "100% Pure")]                              // a range
    [InlineData("%[%]%", "100% Pure")]                               // a literal % inside brackets
    [InlineData("cafe%", "Café Noir")]                               // accents ignored, like the SQL collation
    [InlineData("%n_ir", "Café Noir")]
    public void Execute_Like_MatchesSqlPattern(string pattern, string expected)
    {
        Assert.Equal(expected, Run(ConditionOperator.Like, pattern));
    }

    [Fact]
    public void Execute_NotLike_ExcludesMatchesButIncludesNullsAsDataverseDoes()
    {
        Assert.Equal("|100% Pure|Café Noir|Fabrikam", Run(ConditionOperator.NotLike, "contoso%"));
    }

    [Theory]
    [InlineData(ConditionOperator.BeginsWith, "CONTOSO", "Contoso Ltd|contoso-east")]
    [InlineData(ConditionOperator.DoesNotBeginWith, "contoso", "|100% Pure|Café Noir|Fabrikam")] // the row without a name does not begin with it
    [InlineData(ConditionOperator.EndsWith, "east", "contoso-east")]
    [InlineData(ConditionOperator.DoesNotEndWith, "east", "|100% Pure|Café Noir|Contoso Ltd|Fabrikam")]
    [InlineData(ConditionOperator.Contains, "BRIK", "Fabrikam")]
    [InlineData(ConditionOperator.DoesNotContain, "o", "|100% Pure|Fabrikam")]
    public void Execute_BeginsEndsContains_MatchIgnoringCase(ConditionOperator conditionOperator, string value, string expected)
    {
        Assert.Equal(expected, Run(conditionOperator, value));
    }

    [Fact]
    public void Execute_EqualOnText_IgnoresCaseAndAccents()
    {
        Assert.Equal("Café Noir", Run(ConditionOperator.Equal, "CAFE NOIR"));
    }

    [Fact]
    public void Execute_GreaterThanOnText_ComparesAlphabeticallyIgnoringCase()
    {
        Assert.Equal("Café Noir|Contoso Ltd|contoso-east|Fabrikam", Run(ConditionOperator.GreaterThan, "BZZ"));
    }

    [Fact]
    public void Execute_LikeOnNumberColumn_FaultSaysItNeedsText()
    {
        var query = new QueryExpression("account");
        query.Criteria.AddCondition("numberofemployees", ConditionOperator.Like, "1%");

        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(query, _source));

        Assert.Contains("operator 'Like' can't be used on a Integer", fault.Message, StringComparison.Ordinal);
    }

    private string Run(ConditionOperator conditionOperator, string value)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("name", conditionOperator, value);
        return string.Join("|", _engine.Execute(query, _source).Names().Order(StringComparer.OrdinalIgnoreCase));
    }
}
