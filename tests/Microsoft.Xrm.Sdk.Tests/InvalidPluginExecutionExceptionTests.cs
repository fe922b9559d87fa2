namespace Microsoft.Xrm.Sdk.Tests;

/// <summary>behaviour.md lines on <see cref="InvalidPluginExecutionException"/>.</summary>
public sealed class InvalidPluginExecutionExceptionTests
{
    [Fact]
    public void Message_ConstructedWithMessage_IsThatMessage() =>
        Assert.Equal("bad", new InvalidPluginExecutionException("bad").Message);

    [Fact]
    public void Status_ConstructedWithStatusAndMessage_IsThatStatus() =>
        Assert.Equal(OperationStatus.Canceled, new InvalidPluginExecutionException(OperationStatus.Canceled, "bad").Status);

    [Fact]
    public void Constructors_PublicSet_MatchOfficialOverloads()
    {
        // behaviour.md: "() | (OperationStatus) | (String) | ... | (OperationStatus,String,Dictionary`2)".
        string[] expected =
        [
            "()", "(OperationStatus)", "(String)", "(OperationStatus,String)", "(String,Exception)",
            "(OperationStatus,Int32,String)", "(String,PluginHttpStatusCode)", "(String,PluginHttpStatusCode,Dictionary`2)",
            "(OperationStatus,Int32,String,PluginHttpStatusCode)", "(String,Dictionary`2)", "(OperationStatus,String,Dictionary`2)",
        ];

        IEnumerable<string> actual = typeof(InvalidPluginExecutionException).GetConstructors()
            .Select(c => "(" + string.Join(",", c.GetParameters().Select(p => p.ParameterType.Name)) + ")");

        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void HttpStatusAndDetails_ConstructedWithBoth_AreExposed()
    {
        var details = new Dictionary<string, string> { ["field"] = "name" };

        var error = new InvalidPluginExecutionException("bad", PluginHttpStatusCode.BadRequest, details);

        Assert.Equal(PluginHttpStatusCode.BadRequest, error.HttpStatus);
        Assert.Equal("name", error.ExceptionDetails["field"]);
    }

    [Fact]
    public void ErrorCode_ConstructedWithCode_IsThatCode() =>
        Assert.Equal(-2147220970, new InvalidPluginExecutionException(OperationStatus.Failed, -2147220970, "bad").ErrorCode);

    [Fact]
    public void InnerException_ConstructedWithCause_IsThatCause()
    {
        var cause = new InvalidOperationException("cause");

        Assert.Same(cause, new InvalidPluginExecutionException("bad", cause).InnerException);
    }
}
