using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Solution.Packing;

/// <summary>
/// One <c>&lt;Entity&gt;</c> of the packed customizations.xml: <c>Entities/&lt;Schema&gt;/Entity.xml</c> with its
/// forms (<c>FormXml/&lt;type&gt;/{id}.xml</c>, the <c>_managed</c> twin in a managed package), views
/// (<c>SavedQueries/{id}.xml</c>) and ribbon (<c>RibbonDiff.xml</c>) put back inline, as SolutionPackager does.
/// </summary>
internal static class EntityPart
{
    public const string EntitiesFolder = "Entities";
    private const string EntityFile = "Entity.xml";
    private const string FormsFolder = "FormXml";
    private const string ViewsFolder = "SavedQueries";
    private const string RibbonFile = "RibbonDiff.xml";
    private const string ManagedSuffix = "_managed.xml";
    private const string XmlPattern = "*.xml";

    /// <summary>Builds the element and returns the table's logical name.</summary>
    public static (XElement Entity, string LogicalName) Build(SourceFolder source, string entityFolder, PackageKind kind)
    {
        XmlSource file = source.Load(entityFolder + "/" + EntityFile);
        XElement entity = PackedXml.Embeddable(file.Root("Entity"));
        XElement info = file.Child(entity, "EntityInfo", "<Entity>");
        string logicalName = file.Attribute(file.Child(info, "entity", "<EntityInfo>"), "Name", "<entity>").ToLowerInvariant();
        CheckKnownContent(source, entityFolder);
        XElement anchor = info;
        anchor = Place(entity, anchor, new XElement(FormsFolder, Forms(source, entityFolder, kind)));
        List<XElement> views = Views(source, entityFolder).ToList();
        anchor = Place(entity, anchor, new XElement(ViewsFolder, views.Count == 0 ? null : new XElement("savedqueries", views)));
        string ribbon = entityFolder + "/" + RibbonFile;
        Place(entity, anchor, source.Exists(ribbon) ? PackedXml.Embeddable(source.Load(ribbon).Root("RibbonDiffXml")) : new XElement("RibbonDiffXml"));
        return (entity, logicalName);
    }

    /// <summary>Replaces the placeholder of the same name, or inserts the part after <paramref name="after"/>.</summary>
    private static XElement Place(XElement entity, XElement after, XElement part)
    {
        if (entity.Element(part.Name) is XElement placeholder)
        {
            placeholder.ReplaceWith(part);
        }
        else
        {
            after.AddAfterSelf(part);
        }

        return part;
    }

    private static IEnumerable<XElement> Forms(SourceFolder source, string entityFolder, PackageKind kind)
    {
        foreach (string typeFolder in source.Folders(entityFolder + "/" + FormsFolder))
        {
            var forms = new XElement("forms", new XAttribute("type", Path.GetFileName(typeFolder)));
            foreach (string form in source.Files(typeFolder, XmlPattern, recursive: false).Where(f => !f.EndsWith(ManagedSuffix, StringComparison.Ordinal)))
            {
                string managed = form[..^".xml".Length] + ManagedSuffix;
                string chosen = kind == PackageKind.Managed && source.Exists(managed) ? managed : form;
                XmlSource file = source.Load(chosen);
                forms.Add(file.Root("forms").Elements().Select(PackedXml.Embeddable));
            }

            yield return forms;
        }
    }

    private static IEnumerable<XElement> Views(SourceFolder source, string entityFolder) =>
        source.Files(entityFolder + "/" + ViewsFolder, XmlPattern, recursive: false)
            .SelectMany(view => source.Load(view).Root("savedqueries").Elements().Select(PackedXml.Embeddable));

    /// <summary>A file this packer does not know how to place would silently go missing from the package; refuse it.</summary>
    private static void CheckKnownContent(SourceFolder source, string entityFolder)
    {
        HashSet<string> known = [EntityFile, RibbonFile];
        foreach (string file in source.Files(entityFolder, "*", recursive: true))
        {
            string inFolder = file[(entityFolder.Length + 1)..];
            bool isForm = inFolder.StartsWith(FormsFolder + "/", StringComparison.Ordinal) && inFolder.Count(c => c == '/') == 2;
            bool isView = inFolder.StartsWith(ViewsFolder + "/", StringComparison.Ordinal) && inFolder.Count(c => c == '/') == 1;
            if (!known.Contains(inFolder) && !((isForm || isView) && inFolder.EndsWith(".xml", StringComparison.Ordinal)))
            {
                throw new SolutionFormatException(source.Display(file), "the packer does not know where this file goes in customizations.xml (expected Entity.xml, RibbonDiff.xml, FormXml/<type>/{id}.xml or SavedQueries/{id}.xml)");
            }
        }
    }
}
