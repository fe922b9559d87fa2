using System;
using System.Linq;
using System.Text;

namespace Crm.Renewals.Solution.Generation.Constants;

/// <summary>Turns Dataverse names and labels into C# identifiers (PascalCase, letters and digits only).</summary>
internal static class CSharpNames
{
    private const string PrefixSeparator = "_";
    private const string LeadingDigitPrefix = "Value";

    /// <summary>PascalCase of a label or display name: "Mid-Market" → <c>MidMarket</c>, "T-120 Proposal" → <c>T120Proposal</c>.</summary>
    public static string FromWords(string words)
    {
        var name = new StringBuilder();
        bool startWord = true;
        foreach (char c in words)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                startWord = true;
                continue;
            }

            name.Append(startWord ? char.ToUpperInvariant(c) : c);
            startWord = false;
        }

        return Checked(name.ToString(), words);
    }

    /// <summary>Identifier of a schema name without the publisher prefix: <c>crr_arr_Base</c> → <c>ArrBase</c>.</summary>
    public static string FromSchemaName(string schemaName, string publisherPrefix)
    {
        string withoutPrefix = schemaName.StartsWith(publisherPrefix + PrefixSeparator, StringComparison.OrdinalIgnoreCase)
            ? schemaName[(publisherPrefix.Length + PrefixSeparator.Length)..]
            : schemaName;
        return FromWords(withoutPrefix);
    }

    private static string Checked(string identifier, string source)
    {
        if (identifier.Length == 0)
        {
            throw new GenerationException($"\"{source}\" has no letter or digit to build a C# name from.");
        }

        return char.IsAsciiDigit(identifier[0]) ? LeadingDigitPrefix + identifier : identifier;
    }

    /// <summary>True when every character is a letter or digit and the first is a letter.</summary>
    public static bool IsIdentifier(string name) => name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);
}
