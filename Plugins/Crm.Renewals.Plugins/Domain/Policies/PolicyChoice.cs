using System;

namespace Crm.Renewals.Plugins.Domain.Policies;

/// <summary>One allowed spelling of an enumerated policy value, e.g. <c>"director"</c> for a level.</summary>
/// <typeparam name="T">The enumeration the spelling stands for.</typeparam>
public sealed class PolicyChoice<T>
{
    /// <summary>Creates a choice.</summary>
    /// <param name="name">The exact JSON spelling.</param>
    /// <param name="value">The value it stands for.</param>
    public PolicyChoice(string name, T value)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Value = value;
    }

    /// <summary>The exact JSON spelling (case-sensitive).</summary>
    public string Name { get; }

    /// <summary>The value it stands for.</summary>
    public T Value { get; }
}
