using System;
using System.Collections.Concurrent;

namespace Crm.Renewals.Plugins.Infrastructure.Configuration;

/// <summary>
/// Parsed policies per organization, so a plugin on a hot path (every account update) makes no
/// service call to read its configuration.
/// </summary>
/// <remarks>
/// Plugin instances are shared across threads and must keep no per-call state; this cache holds
/// only immutable, parsed configuration keyed by organization and variable, and entries expire
/// after <see cref="Lifetime"/> of operation time, so an admin's change takes effect within it.
/// </remarks>
public static class PolicyCache
{
    /// <summary>How long a parsed policy is reused before the variable is read again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    // Keyed by value, so the lookup on the hot path (every account update) allocates nothing.
    private static readonly ConcurrentDictionary<Key, Entry> Entries = new();

    /// <summary>
    /// Returns the cached policy for the organization, or reads and parses it with
    /// <paramref name="load"/> when absent or older than <see cref="Lifetime"/>.
    /// </summary>
    /// <typeparam name="T">The policy type.</typeparam>
    /// <param name="organizationId">The organization the policy belongs to.</param>
    /// <param name="variableName">Schema name of the environment variable.</param>
    /// <param name="now">The operation's time.</param>
    /// <param name="load">Reads and parses the policy; a parse failure propagates and nothing is cached.</param>
    public static T Get<T>(Guid organizationId, string variableName, DateTime now, Func<T> load)
        where T : class
    {
        var key = new Key(organizationId, variableName);
        if (Entries.TryGetValue(key, out var entry) && entry.Policy is T cached && now >= entry.LoadedAt && now - entry.LoadedAt < Lifetime)
        {
            return cached;
        }

        var policy = load();
        Entries[key] = new Entry(policy, now);
        return policy;
    }

    private readonly struct Key : IEquatable<Key>
    {
        private readonly Guid organizationId;
        private readonly string variableName;

        public Key(Guid organizationId, string variableName)
        {
            this.organizationId = organizationId;
            this.variableName = variableName;
        }

        public bool Equals(Key other) => organizationId == other.organizationId && string.Equals(variableName, other.variableName, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => (organizationId.GetHashCode() * 397) ^ StringComparer.Ordinal.GetHashCode(variableName);
    }

    private sealed class Entry
    {
        public Entry(object policy, DateTime loadedAt)
        {
            Policy = policy;
            LoadedAt = loadedAt;
        }

        public object Policy { get; }

        public DateTime LoadedAt { get; }
    }
}
