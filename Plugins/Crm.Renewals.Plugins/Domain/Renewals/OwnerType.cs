namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>What kind of principal owns a record.</summary>
public enum OwnerType
{
    /// <summary>A user (table <c>systemuser</c>).</summary>
    User,

    /// <summary>A team (table <c>team</c>).</summary>
    Team,
}
