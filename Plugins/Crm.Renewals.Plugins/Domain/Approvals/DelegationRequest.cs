using System;

namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>A user's request to lend their authority: the level, the days (inclusive) and whether it is to themselves.</summary>
/// <param name="Level">The level lent.</param>
/// <param name="ValidFrom">The first day, or null for today.</param>
/// <param name="ValidTo">The last day; a delegation always ends.</param>
/// <param name="ToSelf">True when the delegate is the user asking.</param>
public sealed record DelegationRequest(AuthorityLevel Level, DateTime? ValidFrom, DateTime ValidTo, bool ToSelf);
