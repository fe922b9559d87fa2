using System.Collections.Generic;

namespace Crm.Renewals.Solution.Reading;

/// <summary>
/// Platform facts the files do not spell out: the object type codes <c>&lt;LookupTypes&gt;</c> uses,
/// the fixed targets of owner and customer columns, and the primary id of a partially listed table.
/// </summary>
internal static class PlatformTables
{
    public const string SystemUser = "systemuser";
    public const string Team = "team";
    public const string Account = "account";
    public const string Contact = "contact";

    /// <summary>Pseudo table that relationships of owner columns name as referenced table.</summary>
    public const string OwnerPseudoTable = "owner";

    private const string ActivityId = "activityid";
    private const string IdSuffix = "id";

    private static readonly Dictionary<int, string> ByObjectTypeCode = new()
    {
        [1] = Account,
        [2] = Contact,
        [3] = "opportunity",
        [4] = "lead",
        [8] = SystemUser,
        [9] = Team,
        [10] = "businessunit",
        [1010] = "contract",
        [1023] = "privilege",
        [1036] = "role",
        [4200] = "activitypointer",
        [4201] = "appointment",
        [4202] = "email",
        [4210] = "phonecall",
        [4212] = "task",
        [9105] = "transactioncurrency",
    };

    private static readonly HashSet<string> Activities = ["activitypointer", "appointment", "email", "fax", "letter", "phonecall", "task"];

    public static IReadOnlyList<string> OwnerTargets { get; } = [SystemUser, Team];

    public static IReadOnlyList<string> CustomerTargets { get; } = [Account, Contact];

    public static string? FromObjectTypeCode(int code) => ByObjectTypeCode.GetValueOrDefault(code);

    /// <summary>Primary id column by platform naming: <c>activityid</c> for activities, else logical name + "id".</summary>
    public static string PrimaryIdOf(string logicalName) =>
        Activities.Contains(logicalName) ? ActivityId : logicalName + IdSuffix;
}
