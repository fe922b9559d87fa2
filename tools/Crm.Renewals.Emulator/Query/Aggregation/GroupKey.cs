using System;
using Crm.Renewals.Emulator.Query.Values;

namespace Crm.Renewals.Emulator.Query.Aggregation;

/// <summary>The group-by values of one group; nulls form their own group, as in SQL.</summary>
internal sealed class GroupKey(ScalarKey?[] values) : IEquatable<GroupKey>
{
    public ScalarKey?[] Values { get; } = values;

    public bool Equals(GroupKey? other)
    {
        if (other is null)
        {
            return false;
        }

        for (var index = 0; index < Values.Length; index++)
        {
            var (mine, theirs) = (Values[index], other.Values[index]);
            if (mine.HasValue != theirs.HasValue || (mine is { } left && theirs is { } right && !ScalarKey.AreEqual(left, right)))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as GroupKey);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in Values)
        {
            hash.Add(value?.GetCollationHashCode() ?? 0);
        }

        return hash.ToHashCode();
    }
}
