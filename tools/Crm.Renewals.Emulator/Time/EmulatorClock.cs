using System;
using Crm.Renewals.Plugins.Infrastructure;

namespace Crm.Renewals.Emulator.Time;

/// <summary>
/// The one clock of an organization: it stamps createdon/modifiedon, <c>OperationCreatedOn</c>, the
/// relative-date query operators and anything the demo asks. It only moves when told to, so a test
/// or the demo can cover a year of renewals in seconds.
/// </summary>
public sealed class EmulatorClock : IClock
{
    /// <summary>Where a new organization's clock starts: a fixed Monday morning, so runs are repeatable.</summary>
    public static readonly DateTime DefaultStart = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Creates a clock at <see cref="DefaultStart"/>.</summary>
    public EmulatorClock()
        : this(DefaultStart)
    {
    }

    /// <summary>Creates a clock at <paramref name="start"/>.</summary>
    /// <param name="start">The initial time; see <see cref="Set"/> for how its kind is read.</param>
    public EmulatorClock(DateTime start) => Set(start);

    /// <summary>The current instant, in UTC.</summary>
    public DateTime UtcNow { get; private set; }

    /// <summary>Today's date (UTC midnight).</summary>
    public DateTime Today => UtcNow.Date;

    /// <summary>Moves the clock to <paramref name="instant"/>, backwards or forwards.</summary>
    /// <param name="instant">A UTC time; an unspecified kind is taken as UTC and a local time is converted.</param>
    public void Set(DateTime instant) => UtcNow = instant.Kind switch
    {
        DateTimeKind.Utc => instant,
        DateTimeKind.Local => instant.ToUniversalTime(),
        _ => DateTime.SpecifyKind(instant, DateTimeKind.Utc),
    };

    /// <summary>Moves the clock forward.</summary>
    /// <param name="duration">How far; must not be negative (use <see cref="Set"/> to go back).</param>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative.</exception>
    public void Advance(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        UtcNow += duration;
    }

    /// <summary>Moves the clock forward by whole or fractional days.</summary>
    /// <param name="days">Number of days; must not be negative.</param>
    public void AdvanceDays(double days) => Advance(TimeSpan.FromDays(days));
}
