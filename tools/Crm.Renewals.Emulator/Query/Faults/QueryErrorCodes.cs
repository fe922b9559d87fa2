namespace Crm.Renewals.Emulator.Query.Faults;

/// <summary>The Dataverse error codes of query faults that <see cref="ErrorCodes"/> does not list.</summary>
internal static class QueryErrorCodes
{
    /// <summary><c>0x8004E023</c> AggregateQueryRecordLimit: an aggregate over more than 50,000 rows.</summary>
    public const int AggregateQueryRecordLimit = unchecked((int)0x8004E023);

    /// <summary><c>0x8004430D</c>: more than 15 link-entities in one query.</summary>
    public const int TooManyLinkEntities = unchecked((int)0x8004430D);
}
