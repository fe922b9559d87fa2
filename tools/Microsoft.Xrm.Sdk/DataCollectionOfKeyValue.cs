using System;
using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A keyed collection backed by a <see cref="Dictionary{TKey, TValue}"/>: lookups, duplicate adds and
/// missing keys behave (and fail) exactly as the dictionary does.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>, IEnumerable
{
    private readonly Dictionary<TKey, TValue> _items = new();

    // Not public in the official assembly: only the SDK's own collections derive from this type.
    internal DataCollection()
    {
    }

    /// <summary>Gets the number of entries.</summary>
    public int Count => _items.Count;

    /// <summary>Gets whether the collection rejects changes; always false for the SDK's collections.</summary>
    public virtual bool IsReadOnly => false;

    /// <summary>Gets or sets the value for a key; the getter throws <see cref="KeyNotFoundException"/> for a missing key, the setter adds or overwrites.</summary>
    /// <param name="key">The key.</param>
    public virtual TValue this[TKey key]
    {
        get => _items[key];
        set => _items[key] = value;
    }

    /// <summary>Gets the keys, in insertion order while nothing has been removed.</summary>
    public ICollection<TKey> Keys => _items.Keys;

    /// <summary>Gets the values, in the same order as <see cref="Keys"/>.</summary>
    public ICollection<TValue> Values => _items.Values;

    /// <summary>Adds an entry; throws <see cref="ArgumentException"/> when the key is already present.</summary>
    /// <param name="item">The entry.</param>
    public void Add(KeyValuePair<TKey, TValue> item) => _items.Add(item.Key, item.Value);

    /// <summary>Adds an entry; throws <see cref="ArgumentException"/> when the key is already present.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public void Add(TKey key, TValue value) => _items.Add(key, value);

    /// <summary>Adds every entry, failing on the first duplicate key.</summary>
    /// <param name="items">The entries.</param>
    public void AddRange(params KeyValuePair<TKey, TValue>[] items) => AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);

    /// <summary>Adds every entry, failing on the first duplicate key.</summary>
    /// <param name="items">The entries.</param>
    public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        if (items == null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        foreach (KeyValuePair<TKey, TValue> item in items)
        {
            Add(item);
        }
    }

    /// <summary>Removes every entry.</summary>
    public void Clear() => _items.Clear();

    /// <summary>Tells whether the key is present (ordinal, case-sensitive for string keys).</summary>
    /// <param name="key">The key.</param>
    /// <returns>True when present.</returns>
    public bool Contains(TKey key) => _items.ContainsKey(key);

    /// <summary>Tells whether the entry is present with an equal value.</summary>
    /// <param name="key">The entry.</param>
    /// <returns>True when the key is present and its value equals the entry's value.</returns>
    public bool Contains(KeyValuePair<TKey, TValue> key) => ((ICollection<KeyValuePair<TKey, TValue>>)_items).Contains(key);

    /// <summary>Tells whether the key is present.</summary>
    /// <param name="key">The key.</param>
    /// <returns>True when present.</returns>
    public bool ContainsKey(TKey key) => _items.ContainsKey(key);

    /// <summary>Copies the entries into an array.</summary>
    /// <param name="array">The target array.</param>
    /// <param name="arrayIndex">The first index written.</param>
    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => ((ICollection<KeyValuePair<TKey, TValue>>)_items).CopyTo(array, arrayIndex);

    /// <summary>Enumerates the entries.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

    /// <summary>Removes a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>True when it was present.</returns>
    public bool Remove(TKey key) => _items.Remove(key);

    /// <summary>Removes an entry when the key is present with an equal value.</summary>
    /// <param name="item">The entry.</param>
    /// <returns>True when it was removed.</returns>
    public bool Remove(KeyValuePair<TKey, TValue> item) => ((ICollection<KeyValuePair<TKey, TValue>>)_items).Remove(item);

    /// <summary>Looks a key up without throwing.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, or the default when missing.</param>
    /// <returns>True when present.</returns>
    public bool TryGetValue(TKey key, out TValue value) => _items.TryGetValue(key, out value);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
