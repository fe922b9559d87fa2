namespace Microsoft.Xrm.Sdk;

/// <summary>Reads environment variable values from inside a plugin.</summary>
public interface IEnvironmentVariableService
{
    /// <summary>Returns the current value (or the default value) of an environment variable.</summary>
    /// <param name="environmentVariableSchemaName">The variable's schema name.</param>
    /// <returns>The value.</returns>
    string RetrieveEnvironmentVariableValue(string environmentVariableSchemaName);
}
