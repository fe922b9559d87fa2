using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk;

/// <summary>An ordered list of SDK values (entities, columns, conditions, ...).</summary>
/// <typeparam name="T">The item type.</typeparam>
public class DataCollection<T> : Collection<T>
{
    // Not public in the official assembly: the SDK's objects create their own collections.
    internal DataCollection()
    {
    }

    // Wraps the list (no copy), as Collection<T> does.
    internal DataCollection(IList<T> list)
        : base(list)
    {
    }

    /// <summary>Appends every item in order.</summary>
    /// <param name="items">The items.</param>
    public void AddRange(params T[] items) => AddRange((IEnumerable<T>)items);

    /// <summary>Appends every item in order.</summary>
    /// <param name="items">The items.</param>
    public void AddRange(IEnumerable<T> items)
    {
        if (items == null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        foreach (T item in items)
        {
            Add(item);
        }
    }

    /// <summary>Copies the items into a new array.</summary>
    /// <returns>The array.</returns>
    public T[] ToArray()
    {
        T[] array = new T[Count];
        CopyTo(array, 0);
        return array;
    }
}
