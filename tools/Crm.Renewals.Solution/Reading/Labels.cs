using System.Linq;
using System.Xml.Linq;

namespace Crm.Renewals.Solution.Reading;

/// <summary>Reads the English (1033) text of the label lists solution files repeat everywhere.</summary>
internal static class Labels
{
    private const string English = "1033";
    private const string DescriptionAttribute = "description";
    private const string LanguageAttribute = "languagecode";

    /// <summary>
    /// The 1033 <c>description</c> of the children of <paramref name="list"/>
    /// (e.g. <c>&lt;displaynames&gt;&lt;displayname description=… languagecode="1033" /&gt;</c>);
    /// the first label when there is no English one, "" when there is none.
    /// </summary>
    public static string English1033(XElement? list)
    {
        if (list is null)
        {
            return "";
        }

        XElement? label = list.Elements().FirstOrDefault(e => (string?)e.Attribute(LanguageAttribute) == English)
            ?? list.Elements().FirstOrDefault();
        return (string?)label?.Attribute(DescriptionAttribute) ?? "";
    }
}
