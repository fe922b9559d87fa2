using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Reading;

/// <summary>
/// Reads <c>&lt;optionset&gt;</c> elements: global choices (<c>OptionSets/&lt;name&gt;.xml</c>) and the
/// inline sets of local choice, yes/no, state and status columns.
/// </summary>
internal static class OptionSetReader
{
    private const string OptionSetElement = "optionset";
    private const string NameAttribute = "Name";
    private const string LocalizedNameAttribute = "localizedName";
    private const string ValueAttribute = "value";

    public static OptionSetModel ReadGlobal(XmlSource source)
    {
        XElement root = source.Root(OptionSetElement);
        string name = source.Attribute(root, NameAttribute, "<optionset>");
        string owner = $"option set {name}";
        string display = Labels.English1033(root.Element("displaynames"));
        if (display.Length == 0)
        {
            display = (string?)root.Attribute(LocalizedNameAttribute) ?? "";
        }

        IReadOnlyList<OptionModel> options = ReadOptions(source, root, owner);
        if (options.Count == 0)
        {
            throw source.Error(root, $"{owner} has no <options><option value=\"…\">");
        }

        return new OptionSetModel(name, display, IsGlobal: true, options, source.DisplayPath);
    }

    public static OptionSetModel ReadInline(XmlSource source, XElement optionSet, string owner)
    {
        string name = source.Attribute(optionSet, NameAttribute, $"<optionset> of {owner}");
        string display = Labels.English1033(optionSet.Element("displaynames"));
        IReadOnlyList<OptionModel> options = ReadOptions(source, optionSet, $"option set {name} of {owner}");
        return new OptionSetModel(name, display, IsGlobal: false, options, source.DisplayPath);
    }

    private static IReadOnlyList<OptionModel> ReadOptions(XmlSource source, XElement optionSet, string owner)
    {
        var options = new List<OptionModel>();
        foreach (XElement option in Children(optionSet, "options", "option"))
        {
            options.Add(new OptionModel(Value(source, option, owner), Label(option)));
        }

        foreach (XElement state in Children(optionSet, "states", "state"))
        {
            int? defaultStatus = state.Attribute("defaultstatus") is null ? null : source.IntAttribute(state, "defaultstatus", owner);
            options.Add(new OptionModel(Value(source, state, owner), Label(state)) { DefaultStatus = defaultStatus });
        }

        foreach (XElement status in Children(optionSet, "statuses", "status"))
        {
            options.Add(new OptionModel(Value(source, status, owner), Label(status), source.IntAttribute(status, "state", owner)));
        }

        int? duplicate = options.GroupBy(o => o.Value).Where(g => g.Count() > 1).Select(g => (int?)g.Key).FirstOrDefault();
        return duplicate is null ? options : throw source.Error(optionSet, $"{owner} lists value {duplicate} twice");
    }

    private static IEnumerable<XElement> Children(XElement optionSet, string list, string item) =>
        optionSet.Element(list)?.Elements(item) ?? [];

    private static int Value(XmlSource source, XElement option, string owner) =>
        source.IntAttribute(option, ValueAttribute, $"<{option.Name.LocalName}> of {owner}");

    private static string Label(XElement option) => Labels.English1033(option.Element("labels"));
}
