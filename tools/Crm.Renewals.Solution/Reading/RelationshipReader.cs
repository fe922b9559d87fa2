using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Reading;

/// <summary>
/// Reads <c>Other/Relationships.xml</c> (the index SolutionPackager packs from) and the definitions in
/// <c>Other/Relationships/&lt;Entity&gt;.xml</c>. Only one-to-many relationships carry lookups; others are skipped.
/// </summary>
internal static class RelationshipReader
{
    private const string RootElement = "EntityRelationships";
    private const string RelationshipElement = "EntityRelationship";
    private const string OneToMany = "OneToMany";
    private const string NoCascade = "NoCascade";

    public static IReadOnlyList<RelationshipModel> ReadSolution(string solutionFolder, DisplayPaths paths)
    {
        string indexPath = Path.Combine(solutionFolder, SolutionLayout.RelationshipIndex);
        string folder = Path.Combine(solutionFolder, SolutionLayout.RelationshipFolder);
        if (!File.Exists(indexPath) && !Directory.Exists(folder))
        {
            return [];
        }

        XmlSource index = XmlSource.Load(indexPath, paths);
        List<string> listed = ReadIndex(index);
        var defined = new List<RelationshipModel>();
        var definedNames = new HashSet<string>(StringComparer.Ordinal);
        string[] files = Directory.Exists(folder) ? Directory.GetFiles(folder, SolutionLayout.XmlPattern) : [];
        foreach (string file in files.Order(StringComparer.Ordinal))
        {
            XmlSource source = XmlSource.Load(file, paths);
            foreach (RelationshipModel relationship in ReadDefinitions(source))
            {
                if (!definedNames.Add(relationship.Name))
                {
                    throw source.Error(null, $"relationship {relationship.Name} is defined a second time");
                }

                if (relationship.ReferencingColumn.Length > 0)
                {
                    defined.Add(relationship);
                }
            }
        }

        string? unlisted = definedNames.FirstOrDefault(n => !listed.Contains(n, StringComparer.Ordinal));
        if (unlisted is not null)
        {
            throw index.Error(null, $"relationship {unlisted} is defined in {SolutionLayout.RelationshipFolder}/ but not listed here, so packing would drop it");
        }

        string? undefined = listed.FirstOrDefault(n => !definedNames.Contains(n));
        return undefined is null
            ? defined
            : throw index.Error(null, $"lists relationship {undefined}, which no file in {SolutionLayout.RelationshipFolder}/ defines");
    }

    public static IReadOnlyList<RelationshipModel> ReadFile(XmlSource source) =>
        ReadDefinitions(source).Where(r => r.ReferencingColumn.Length > 0).ToList();

    private static List<string> ReadIndex(XmlSource index) =>
        index.Root(RootElement).Elements(RelationshipElement)
            .Select(e => index.Attribute(e, "Name", $"an <{RelationshipElement}> entry"))
            .ToList();

    /// <summary>Every definition with its name; many-to-many ones come back with an empty referencing column.</summary>
    private static List<RelationshipModel> ReadDefinitions(XmlSource source)
    {
        var result = new List<RelationshipModel>();
        foreach (XElement element in source.Root(RootElement).Elements(RelationshipElement))
        {
            string name = source.Attribute(element, "Name", $"an <{RelationshipElement}>");
            string owner = $"relationship {name}";
            string type = XmlSource.OptionalText(element, "EntityRelationshipType")?.Trim() ?? OneToMany;
            if (!string.Equals(type, OneToMany, StringComparison.Ordinal))
            {
                result.Add(new RelationshipModel(name, "", "", "", NoCascade));
                continue;
            }

            result.Add(new RelationshipModel(
                name,
                source.Text(element, "ReferencingEntityName", owner).ToLowerInvariant(),
                source.Text(element, "ReferencingAttributeName", owner).ToLowerInvariant(),
                source.Text(element, "ReferencedEntityName", owner).ToLowerInvariant(),
                XmlSource.OptionalText(element, "CascadeDelete")?.Trim() ?? NoCascade));
        }

        return result;
    }
}
