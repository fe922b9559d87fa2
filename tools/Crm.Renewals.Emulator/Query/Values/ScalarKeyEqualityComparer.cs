using System.Collections.Generic;

namespace Crm.Renewals.Emulator.Query.Values;

/// <summary>Database equality for <see cref="ScalarKey"/> in hash sets and join indexes.</summary>
internal sealed class ScalarKeyEqualityComparer : IEqualityComparer<ScalarKey>
{
    public static ScalarKeyEqualityComparer Instance { get; } = new();

    public bool Equals(ScalarKey x, ScalarKey y) => ScalarKey.AreEqual(x, y);

    public int GetHashCode(ScalarKey obj) => obj.GetCollationHashCode();
}
