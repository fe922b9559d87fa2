using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Reading;

/// <summary>Reads an <c>Entities/&lt;SchemaName&gt;/Entity.xml</c> (or a platform table in the same format).</summary>
internal static class EntityReader
{
    private const string DefaultOwnership = "UserOwned";

    public static TableDraft Read(XmlSource source, bool isCustom)
    {
        XElement root = source.Root("Entity");
        string schemaName = source.Text(root, "Name", "<Entity>");
        XElement info = source.Child(root, "EntityInfo", "<Entity>");
        XElement entity = source.Child(info, "entity", "<EntityInfo>");
        string entityName = source.Attribute(entity, "Name", "<entity>");
        if (!string.Equals(entityName, schemaName, StringComparison.Ordinal))
        {
            throw source.Error(entity, $"<entity Name=\"{entityName}\"> differs from <Name>{schemaName}</Name>");
        }

        string owner = $"table {schemaName.ToLowerInvariant()}";
        XElement attributes = source.Child(entity, "attributes", owner);
        List<ColumnDraft> columns = attributes.Elements("attribute").Select(a => AttributeReader.Read(source, a)).ToList();
        string? duplicate = columns.GroupBy(c => c.Column.LogicalName).Where(g => g.Count() > 1).Select(g => g.Key).FirstOrDefault();
        if (duplicate is not null)
        {
            throw source.Error(attributes, $"{owner} defines attribute {duplicate} twice");
        }

        string logicalName = schemaName.ToLowerInvariant();
        ColumnDraft? primaryKey = columns.FirstOrDefault(c => c.Column.Type == ColumnType.PrimaryKey);
        var table = new TableModel
        {
            LogicalName = logicalName,
            SchemaName = schemaName,
            DisplayName = Labels.English1033(entity.Element("LocalizedNames")) is { Length: > 0 } display
                ? display
                : (string?)root.Element("Name")?.Attribute("LocalizedName") ?? "",
            DisplayCollectionName = Labels.English1033(entity.Element("LocalizedCollectionNames")),
            IsCustom = isCustom,
            IsPartial = primaryKey is null,
            PrimaryIdColumn = primaryKey?.Column.LogicalName ?? PlatformTables.PrimaryIdOf(logicalName),
            PrimaryNameColumn = columns.FirstOrDefault(c => c.IsPrimaryName)?.Column.LogicalName,
            OwnershipType = XmlSource.OptionalText(entity, "OwnershipTypeMask")?.Trim() ?? DefaultOwnership,
            IsActivity = source.Flag(entity, "IsActivity", owner, absent: false),
            EntitySetName = XmlSource.OptionalText(entity, "EntitySetName")?.Trim() ?? "",
            Columns = [],
            Keys = ReadKeys(source, entity, owner),
            SourceFile = source.DisplayPath,
        };

        return new TableDraft(table, columns, source);
    }

    private static List<AlternateKeyModel> ReadKeys(XmlSource source, XElement entity, string owner)
    {
        var keys = new List<AlternateKeyModel>();
        foreach (XElement key in entity.Element("EntityKeys")?.Elements("EntityKey") ?? [])
        {
            string name = source.Text(key, "LogicalName", $"an <EntityKey> of {owner}");
            XElement attributes = source.Child(key, "EntityKeyAttributes", $"key {name}");
            List<string> columns = attributes.Elements("AttributeName").Select(a => a.Value.Trim().ToLowerInvariant()).ToList();
            if (columns.Count == 0 || columns.Any(c => c.Length == 0))
            {
                throw source.Error(attributes, $"key {name} needs at least one non-empty <AttributeName> in <EntityKeyAttributes>");
            }

            keys.Add(new AlternateKeyModel(name, columns));
        }

        return keys;
    }
}
