using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Tests.Query.Fakes;

/// <summary>Short ways to read query results in assertions.</summary>
public static class Results
{
    /// <summary>The values of a string column, in result order (null where absent).</summary>
    public static List<string?> Strings(this EntityCollection results, string attribute) =>
        results.Entities.Select(entity => (string?)entity.GetAttributeValue<string>(attribute)).ToList();

    /// <summary>The account names, in result order.</summary>
    public static List<string?> Names(this EntityCollection results) => results.Strings("name");

    /// <summary>The value of an aliased column (link-entity or aggregate), or null.</summary>
    public static object? Aliased(this Entity entity, string key) => entity.GetAttributeValue<AliasedValue>(key)?.Value;
}
