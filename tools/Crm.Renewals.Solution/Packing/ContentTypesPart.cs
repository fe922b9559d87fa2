using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace Crm.Renewals.Solution.Packing;

/// <summary>
/// <c>[Content_Types].xml</c> (Open Packaging Conventions): a default content type per file extension present
/// and an override per part without an extension (web resource files are stored without one), all
/// <c>application/octet-stream</c> as Dataverse exports write them.
/// </summary>
internal static class ContentTypesPart
{
    public const string EntryName = "[Content_Types].xml";
    private const string OctetStream = "application/octet-stream";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    public static XElement Build(IEnumerable<string> entryNames)
    {
        List<string> names = entryNames.Append(EntryName).ToList();
        IEnumerable<string> extensions = names.Select(Extension).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        IEnumerable<string> bare = names.Where(n => Extension(n).Length == 0).Order(StringComparer.Ordinal);
        return new XElement(
            ContentTypes + "Types",
            extensions.Select(e => new XElement(ContentTypes + "Default", new XAttribute("Extension", e), new XAttribute("ContentType", OctetStream))),
            bare.Select(n => new XElement(ContentTypes + "Override", new XAttribute("PartName", "/" + n), new XAttribute("ContentType", OctetStream))));
    }

    private static string Extension(string entryName)
    {
        string file = entryName[(entryName.LastIndexOf('/') + 1)..];
        int dot = file.LastIndexOf('.');
        return dot < 0 ? string.Empty : file[(dot + 1)..].ToLowerInvariant();
    }
}
