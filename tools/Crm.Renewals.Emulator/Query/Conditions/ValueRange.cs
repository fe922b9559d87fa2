using Crm.Renewals.Emulator.Query.Values;

namespace Crm.Renewals.Emulator.Query.Conditions;

/// <summary>Bounds on a value; an absent bound is open.</summary>
internal sealed record ValueRange(ScalarKey? Lower, bool LowerInclusive, ScalarKey? Upper, bool UpperInclusive)
{
    public static ValueRange Between(ScalarKey lower, ScalarKey upper) => new(lower, true, upper, true);

    /// <summary>From <paramref name="lower"/> (inclusive) up to <paramref name="upper"/> (exclusive).</summary>
    public static ValueRange HalfOpen(ScalarKey? lower, ScalarKey? upper) => new(lower, true, upper, false);

    public bool Contains(in ScalarKey value)
    {
        if (Lower is { } lower)
        {
            var compared = ScalarKey.Compare(value, lower);
            if (compared < 0 || (compared == 0 && !LowerInclusive))
            {
                return false;
            }
        }

        if (Upper is { } upper)
        {
            var compared = ScalarKey.Compare(value, upper);
            if (compared > 0 || (compared == 0 && !UpperInclusive))
            {
                return false;
            }
        }

        return true;
    }
}
