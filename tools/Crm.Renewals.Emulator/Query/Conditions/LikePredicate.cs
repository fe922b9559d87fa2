using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>
/// Like / NotLike and the begins/ends/contains operators built on them; a null column matches no pattern, so the
/// negations (not-like, does-not-begin/end-with, does-not-contain) match it, as in Dataverse.
/// </summary>
internal sealed class LikePredicate(ColumnRef column, LikePattern pattern, bool negate) : IRowPredicate
{
    public bool Matches(Entity?[] row) => column.ReadRaw(row) is string text ? pattern.IsMatch(text) != negate : negate;
}
