namespace Microsoft.Xrm.Sdk.Tests.Surface;

/// <summary>
/// Normalises a type header so that the order of the base list does not matter and the interface the listing
/// omits (IExtensibleDataObject) is ignored: <c>[modifiers] kind Name : Base, Interface, ...</c>.
/// </summary>
internal static class SurfaceHeader
{
    public const string OmittedInterface = "System.Runtime.Serialization.IExtensibleDataObject";
    private const string BaseListSeparator = " : ";
    private static readonly string[] Kinds = ["class", "interface", "enum"];

    public static string Normalise(string header)
    {
        int separator = header.IndexOf(BaseListSeparator, StringComparison.Ordinal);
        string declaration = separator < 0 ? header : header[..separator];
        if (separator < 0)
        {
            return declaration;
        }

        IEnumerable<string> bases = SplitTopLevel(header[(separator + BaseListSeparator.Length)..])
            .Where(b => b != OmittedInterface)
            .Order(StringComparer.Ordinal);
        string baseList = string.Join(", ", bases);
        return baseList.Length == 0 ? declaration : declaration + BaseListSeparator + baseList;
    }

    /// <summary>The full type name in a header: what follows the kind keyword, up to the base list.</summary>
    public static string TypeName(string header)
    {
        int separator = header.IndexOf(BaseListSeparator, StringComparison.Ordinal);
        string declaration = separator < 0 ? header : header[..separator];
        foreach (string kind in Kinds)
        {
            string keyword = kind + " ";
            int at = declaration.IndexOf(keyword, StringComparison.Ordinal);
            if (at == 0 || (at > 0 && declaration[at - 1] == ' '))
            {
                return declaration[(at + keyword.Length)..].Trim();
            }
        }

        throw new FormatException($"Not a type header (expected '[modifiers] class|interface|enum Name'): '{header}'.");
    }

    /// <summary>Splits on commas that are not inside generic angle brackets.</summary>
    public static IEnumerable<string> SplitTopLevel(string list)
    {
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.Length; i++)
        {
            switch (list[i])
            {
                case '<':
                    depth++;
                    break;
                case '>':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return list[start..i].Trim();
                    start = i + 1;
                    break;
            }
        }

        if (start < list.Length)
        {
            yield return list[start..].Trim();
        }
    }
}
