using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Json;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Policies;

/// <summary>
/// Reads one JSON object of a policy value: each accessor takes the key, the default used when
/// the key is missing and the allowed range, records a problem (and returns the default) when the
/// value is of the wrong type or out of range, and remembers the key as known.
/// </summary>
internal sealed class PolicyReader
{
    private static readonly JsonObject Empty = new(Array.Empty<KeyValuePair<string, JsonValue>>(), 1, 1);

    private readonly JsonObject json;
    private readonly string path;
    private readonly List<string> knownKeys = new();

    private PolicyReader(PolicyProblemLog log, JsonObject json, string path)
    {
        Log = log;
        this.json = json;
        this.path = path;
        log.Track(this);
    }

    public PolicyProblemLog Log { get; }

    /// <summary>Parses a policy value; syntax errors and a non-object root are refused at once.</summary>
    public static PolicyReader Open(string variableName, string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new PolicyException(variableName, new[] { variableName + ": the value is empty; expected a JSON object" });
        }

        JsonValue root;
        try
        {
            root = JsonParser.Parse(json);
        }
        catch (JsonParseException e)
        {
            throw new PolicyException(variableName, new[] { variableName + ": " + e.Message });
        }

        if (root is not JsonObject rootObject)
        {
            throw new PolicyException(variableName, new[] { variableName + ": the value is " + root.Describe() + "; expected a JSON object" });
        }

        return new PolicyReader(new PolicyProblemLog(variableName), rootObject, string.Empty);
    }

    /// <summary>True when each value is strictly above (descending) or below (ascending) the one before it.</summary>
    public static bool IsStrictlyOrdered(IReadOnlyList<int> values, bool descending) =>
        values.Zip(values.Skip(1), (a, b) => descending ? a > b : a < b).All(ordered => ordered);

    public string PathOf(string key) => path.Length == 0 ? key : path + "." + key;

    public void Problem(string problem) => Log.Add(problem);

    public int WholeNumber(string key, int defaultValue, int min, int max)
    {
        var value = Take(key);
        return value is not null && TryWholeNumber(value, PathOf(key), min, max, out var number) ? number : defaultValue;
    }

    public decimal Number(string key, decimal defaultValue, decimal min, decimal max)
    {
        var value = Take(key);
        if (value is null)
        {
            return defaultValue;
        }

        if (value is not JsonNumber number)
        {
            Problem(PathOf(key) + " is " + value.Describe() + "; expected a number " + DomainText.Range(min, max));
            return defaultValue;
        }

        if (number.Value < min || number.Value > max)
        {
            Problem(PathOf(key) + " is " + number.Describe() + "; allowed " + DomainText.Range(min, max));
            return defaultValue;
        }

        return number.Value;
    }

    public T Choice<T>(string key, T defaultValue, IReadOnlyList<PolicyChoice<T>> choices)
    {
        var value = Take(key);
        return value is null ? defaultValue : ToChoice(value, PathOf(key), defaultValue, choices);
    }

    /// <summary>A list of whole numbers; the whole list keeps its default when any element is wrong.</summary>
    public IReadOnlyList<int> WholeNumbers(string key, IReadOnlyList<int> defaultValue, int min, int max, int minCount, int maxCount)
    {
        var items = ArrayOf(key, minCount, maxCount);
        if (items is null)
        {
            return defaultValue;
        }

        var result = new int[items.Count];
        var valid = true;
        for (var i = 0; i < items.Count; i++)
        {
            valid &= TryWholeNumber(items[i], PathOf(key) + "[" + DomainText.Number(i) + "]", min, max, out result[i]);
        }

        return valid ? result : defaultValue;
    }

    /// <summary>A nested object; a missing key reads as an empty object, so every nested default applies.</summary>
    public PolicyReader Nested(string key)
    {
        var value = Take(key);
        if (value is null)
        {
            return new PolicyReader(Log, Empty, PathOf(key));
        }

        if (value is not JsonObject nested)
        {
            Problem(PathOf(key) + " is " + value.Describe() + "; expected an object");
            return new PolicyReader(Log, Empty, PathOf(key));
        }

        return new PolicyReader(Log, nested, PathOf(key));
    }

    /// <summary>A nested object that may be absent or JSON null (both read as null).</summary>
    public PolicyReader? NestedOrNull(string key)
    {
        var value = Take(key);
        if (value is null or JsonNull)
        {
            return null;
        }

        if (value is not JsonObject nested)
        {
            Problem(PathOf(key) + " is " + value.Describe() + "; expected null or an object");
            return null;
        }

        return new PolicyReader(Log, nested, PathOf(key));
    }

    /// <summary>An array whose elements are objects, each read by its own reader; null when the key is missing or wrong.</summary>
    public IReadOnlyList<PolicyReader>? Objects(string key, int minCount, int maxCount)
    {
        var items = ArrayOf(key, minCount, maxCount);
        if (items is null)
        {
            return null;
        }

        var readers = new List<PolicyReader>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = PathOf(key) + "[" + DomainText.Number(i) + "]";
            if (items[i] is JsonObject item)
            {
                readers.Add(new PolicyReader(Log, item, itemPath));
            }
            else
            {
                Problem(itemPath + " is " + items[i].Describe() + "; expected an object");
                return null;
            }
        }

        return readers;
    }

    /// <summary>The raw value of a key the caller interprets itself (null when missing).</summary>
    public JsonValue? Raw(string key) => Take(key);

    public void ReportUnknownKeys()
    {
        foreach (var member in json.Members)
        {
            if (!knownKeys.Contains(member.Key, StringComparer.Ordinal))
            {
                var where = path.Length == 0 ? string.Empty : " in " + path;
                Problem("unknown key \"" + member.Key + "\"" + where + "; allowed keys are " + string.Join(", ", knownKeys));
            }
        }
    }

    private bool TryWholeNumber(JsonValue value, string at, int min, int max, out int result)
    {
        result = 0;
        if (value is not JsonNumber number || !number.IsWhole)
        {
            Problem(at + " is " + value.Describe() + "; expected a whole number " + DomainText.Range(min, max));
            return false;
        }

        if (number.Value < min || number.Value > max)
        {
            Problem(at + " is " + number.Describe() + "; allowed " + DomainText.Range(min, max));
            return false;
        }

        result = (int)number.Value;
        return true;
    }

    private T ToChoice<T>(JsonValue value, string at, T defaultValue, IReadOnlyList<PolicyChoice<T>> choices)
    {
        if (value is JsonString text)
        {
            foreach (var choice in choices)
            {
                if (string.Equals(choice.Name, text.Value, StringComparison.Ordinal))
                {
                    return choice.Value;
                }
            }
        }

        Problem(at + " is " + value.Describe() + "; allowed " + string.Join(", ", choices.Select(c => "\"" + c.Name + "\"")));
        return defaultValue;
    }

    private IReadOnlyList<JsonValue>? ArrayOf(string key, int minCount, int maxCount)
    {
        var value = Take(key);
        if (value is null)
        {
            return null;
        }

        var countText = minCount == maxCount ? DomainText.Number(minCount) : DomainText.Range(minCount, maxCount);
        if (value is not JsonArray array)
        {
            Problem(PathOf(key) + " is " + value.Describe() + "; expected an array of " + countText + " entries");
            return null;
        }

        if (array.Items.Count < minCount || array.Items.Count > maxCount)
        {
            Problem(PathOf(key) + " has " + DomainText.Count(array.Items.Count, "entry", "entries") + "; expected " + countText);
            return null;
        }

        return array.Items;
    }

    private JsonValue? Take(string key)
    {
        if (!knownKeys.Contains(key, StringComparer.Ordinal))
        {
            knownKeys.Add(key);
        }

        return json.TryGetValue(key, out var value) ? value : null;
    }
}
