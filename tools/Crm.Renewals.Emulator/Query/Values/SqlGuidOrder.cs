using System;

namespace Crm.Renewals.Emulator.Query.Values;

/// <summary>
/// Orders Guids the way SQL Server orders <c>uniqueidentifier</c>, so that the platform's sequential ids
/// sort in creation order here as they do in Dataverse.
/// </summary>
internal static class SqlGuidOrder
{
    public static int Compare(Guid left, Guid right) =>
        left == right ? 0 : SqlGuidKey.From(left).CompareTo(SqlGuidKey.From(right));
}
