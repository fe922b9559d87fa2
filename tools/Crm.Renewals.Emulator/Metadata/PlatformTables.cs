namespace Crm.Renewals.Emulator.Metadata;

/// <summary>Logical names of the platform tables the emulator defines and seeds.</summary>
public static class PlatformTables
{
    /// <summary>Account.</summary>
    public const string Account = "account";

    /// <summary>Contact.</summary>
    public const string Contact = "contact";

    /// <summary>Opportunity.</summary>
    public const string Opportunity = "opportunity";

    /// <summary>Opportunity close activity, created by Win and Lose.</summary>
    public const string OpportunityClose = "opportunityclose";

    /// <summary>Task activity.</summary>
    public const string Task = "task";

    /// <summary>User.</summary>
    public const string SystemUser = "systemuser";

    /// <summary>Team.</summary>
    public const string Team = "team";

    /// <summary>Business unit.</summary>
    public const string BusinessUnit = "businessunit";

    /// <summary>Environment variable definition.</summary>
    public const string EnvironmentVariableDefinition = "environmentvariabledefinition";

    /// <summary>Environment variable value (an admin's override of the default).</summary>
    public const string EnvironmentVariableValue = "environmentvariablevalue";

    /// <summary>Currency.</summary>
    public const string TransactionCurrency = "transactioncurrency";

    /// <summary>The pseudo table name of messages not bound to a table (WhoAmI, unbound Custom APIs).</summary>
    public const string None = "none";
}
