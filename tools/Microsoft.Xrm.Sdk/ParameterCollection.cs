namespace Microsoft.Xrm.Sdk;

/// <summary>Named request parameters, response results, or plugin context variables.</summary>
public class ParameterCollection : DataCollection<string, object>
{
    /// <summary>Creates an empty collection.</summary>
    public ParameterCollection()
    {
    }

    /// <summary>Sets <paramref name="key"/> to <paramref name="obj"/> (adding or overwriting) unless <paramref name="obj"/> is null, in which case nothing changes.</summary>
    /// <param name="key">The parameter name.</param>
    /// <param name="obj">The value.</param>
    public void AddOrUpdateIfNotNull(string key, object obj)
    {
        if (obj != null)
        {
            this[key] = obj;
        }
    }

    /// <summary>Reads a parameter as <typeparamref name="T"/> without throwing.</summary>
    /// <typeparam name="T">The expected type.</typeparam>
    /// <param name="key">The parameter name.</param>
    /// <param name="value">The value when present and of type <typeparamref name="T"/>; otherwise the default.</param>
    /// <returns>True when the parameter is present and holds a <typeparamref name="T"/>.</returns>
    public bool TryGetValue<T>(string key, out T value)
    {
        // base: inside this class the unqualified call would bind to this generic overload again.
        if (base.TryGetValue(key, out object stored) && stored is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }
}
