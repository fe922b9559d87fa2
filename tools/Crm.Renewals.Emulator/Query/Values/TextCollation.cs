using System.Globalization;
using System.Text;

namespace Crm.Renewals.Emulator.Query.Values;

/// <summary>
/// Text comparison as Dataverse's default SQL collation (Latin1_General_CI_AI) does it:
/// case-insensitive and accent-insensitive.
/// </summary>
internal static class TextCollation
{
    private const CompareOptions Options = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    private static readonly CompareInfo Comparer = CultureInfo.InvariantCulture.CompareInfo;

    public static int Compare(string? left, string? right) => Comparer.Compare(left, right, Options);

    public static bool AreEqual(string? left, string? right) => Comparer.Compare(left, right, Options) == 0;

    public static int GetHashCode(string? text) => text is null ? 0 : Comparer.GetHashCode(text, Options);

    /// <summary>
    /// The key text sorts by: upper case without accents, compared ordinally. Case- and accent-insensitive
    /// like the SQL collation, and an order of magnitude faster to sort 100,000 rows by than culture-aware
    /// comparison (punctuation may order slightly differently from SQL Server, which no .NET culture matches exactly).
    /// </summary>
    public static string SortKey(string text) => RemoveAccents(text).ToUpperInvariant();

    /// <summary>True when <paramref name="text"/> starts with <paramref name="prefix"/> under the collation.</summary>
    public static bool StartsWith(string text, string prefix) => Comparer.IsPrefix(text, prefix, Options);

    /// <summary>True when <paramref name="text"/> ends with <paramref name="suffix"/> under the collation.</summary>
    public static bool EndsWith(string text, string suffix) => Comparer.IsSuffix(text, suffix, Options);

    /// <summary>True when <paramref name="text"/> contains <paramref name="part"/> under the collation.</summary>
    public static bool Contains(string text, string part) => Comparer.IndexOf(text, part, Options) >= 0;

    /// <summary>
    /// The text without accents, so that a case-insensitive pattern match is also accent-insensitive.
    /// ASCII text is returned as it is, without the normalisation cost.
    /// </summary>
    public static string RemoveAccents(string text)
    {
        if (IsAscii(text))
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(character);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsAscii(string text)
    {
        foreach (var character in text)
        {
            if (character > '\u007f')
            {
                return false;
            }
        }

        return true;
    }
}
