using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Reading;

/// <summary>Reads one <c>&lt;attribute PhysicalName="…"&gt;</c> of an Entity.xml into a column.</summary>
internal static class AttributeReader
{
    private const string PrimaryNameMask = "PrimaryName";
    private const char MaskSeparator = '|';
    private const int NoDefault = -1;
    private const int UserLocalBehavior = 1;

    private static readonly string[] RequiredLevels = ["none", "recommended", "required", "systemrequired"];

    /// <summary><c>&lt;Behavior&gt;</c> codes of date columns.</summary>
    private static readonly Dictionary<int, string> DateTimeBehaviors = new()
    {
        [UserLocalBehavior] = "UserLocal",
        [2] = "DateOnly",
        [3] = "TimeZoneIndependent",
    };

    public static ColumnDraft Read(XmlSource source, XElement attribute)
    {
        string physicalName = source.Attribute(attribute, "PhysicalName", "<attribute>");
        string owner = $"attribute {physicalName.ToLowerInvariant()}";
        string logicalName = source.Text(attribute, "LogicalName", owner);
        if (!string.Equals(logicalName, physicalName, StringComparison.OrdinalIgnoreCase))
        {
            throw source.Error(attribute, $"{owner} has <LogicalName>{logicalName}</LogicalName>; it must be the PhysicalName in lower case");
        }

        owner = $"attribute {logicalName}";
        ColumnType type = ReadType(source, attribute, owner);
        string requiredLevel = ReadRequiredLevel(source, attribute, owner);
        decimal? min = source.OptionalDecimal(attribute, "MinValue", owner);
        decimal? max = source.OptionalDecimal(attribute, "MaxValue", owner);
        if (min > max)
        {
            throw source.Error(attribute, $"{owner} has <MinValue>{min}</MinValue> above <MaxValue>{max}</MaxValue>");
        }

        string? globalOptionSet = XmlSource.OptionalText(attribute, "OptionSetName")?.Trim();
        XElement? inlineOptionSet = attribute.Element("optionset");
        CheckTypeSpecific(source, attribute, owner, type, globalOptionSet, inlineOptionSet);

        int? defaultValue = source.OptionalInt(attribute, "AppDefaultValue", owner);
        var column = new ColumnModel
        {
            LogicalName = logicalName,
            SchemaName = physicalName,
            Type = type,
            DisplayName = Labels.English1033(attribute.Element("displaynames")),
            RequiredLevel = requiredLevel,
            MaxLength = ColumnTypes.IsText(type) ? source.OptionalInt(attribute, "MaxLength", owner) : null,
            MinValue = min,
            MaxValue = max,
            Precision = source.OptionalInt(attribute, "Accuracy", owner) ?? source.OptionalInt(attribute, "Precision", owner),
            OptionSet = inlineOptionSet is null ? null : OptionSetReader.ReadInline(source, inlineOptionSet, owner),
            DateTimeBehavior = type == ColumnType.DateTime ? ReadBehavior(source, attribute, owner) : null,
            IsCustom = source.Flag(attribute, "IsCustomField", owner, absent: false),
            IsValidForCreate = source.Flag(attribute, "ValidForCreateApi", owner, absent: true),
            IsValidForUpdate = source.Flag(attribute, "ValidForUpdateApi", owner, absent: true),
            Format = XmlSource.OptionalText(attribute, "Format")?.Trim(),
            DefaultValue = defaultValue == NoDefault ? null : defaultValue,
            CalculationOf = XmlSource.OptionalText(attribute, "CalculationOf")?.Trim().ToLowerInvariant(),
        };

        return new ColumnDraft(column, globalOptionSet, ReadLookupTypes(source, attribute, owner), IsPrimaryName(attribute), attribute);
    }

    private static ColumnType ReadType(XmlSource source, XElement attribute, string owner)
    {
        string typeName = source.Text(attribute, "Type", owner);
        return ColumnTypes.TryParse(typeName, out ColumnType type)
            ? type
            : throw source.Error(attribute.Element("Type"), $"{owner} has <Type>{typeName}</Type>, which is not one of {ColumnTypes.Known}");
    }

    private static string ReadRequiredLevel(XmlSource source, XElement attribute, string owner)
    {
        string level = (XmlSource.OptionalText(attribute, "RequiredLevel")?.Trim() ?? RequiredLevels[0]).ToLowerInvariant();
        return RequiredLevels.Contains(level)
            ? level
            : throw source.Error(attribute.Element("RequiredLevel"), $"{owner} has <RequiredLevel>{level}</RequiredLevel>; expected one of {string.Join(", ", RequiredLevels)}");
    }

    private static void CheckTypeSpecific(XmlSource source, XElement attribute, string owner, ColumnType type, string? globalOptionSet, XElement? inlineOptionSet)
    {
        if (ColumnTypes.IsText(type) && attribute.Element("MaxLength") is null)
        {
            throw source.Error(attribute, $"{owner} is text but has no <MaxLength>");
        }

        if (type is ColumnType.Picklist or ColumnType.MultiSelectPicklist && globalOptionSet is null && inlineOptionSet is null)
        {
            throw source.Error(attribute, $"{owner} is a choice but has neither <OptionSetName> nor an inline <optionset>");
        }

        if (type is ColumnType.State or ColumnType.Status && inlineOptionSet is null)
        {
            throw source.Error(attribute, $"{owner} is a {type.ToString().ToLowerInvariant()} column but has no inline <optionset>");
        }
    }

    private static string ReadBehavior(XmlSource source, XElement attribute, string owner)
    {
        int code = source.OptionalInt(attribute, "Behavior", owner) ?? UserLocalBehavior;
        return DateTimeBehaviors.TryGetValue(code, out string? behavior)
            ? behavior
            : throw source.Error(attribute.Element("Behavior"), $"{owner} has <Behavior>{code}</Behavior>; expected 1 (UserLocal), 2 (DateOnly) or 3 (TimeZoneIndependent)");
    }

    private static IReadOnlyList<string> ReadLookupTypes(XmlSource source, XElement attribute, string owner)
    {
        var targets = new List<string>();
        foreach (XElement lookupType in attribute.Element("LookupTypes")?.Elements("LookupType") ?? [])
        {
            if (!int.TryParse(lookupType.Value.Trim(), out int code))
            {
                throw source.Error(lookupType, $"{owner} has <LookupType>{lookupType.Value}</LookupType>, which is not an object type code");
            }

            // Codes of tables the reader does not know (custom tables) are skipped: relationships name those targets.
            if (PlatformTables.FromObjectTypeCode(code) is string table)
            {
                targets.Add(table);
            }
        }

        return targets;
    }

    private static bool IsPrimaryName(XElement attribute) =>
        (XmlSource.OptionalText(attribute, "DisplayMask") ?? "")
            .Split(MaskSeparator, StringSplitOptions.TrimEntries)
            .Contains(PrimaryNameMask, StringComparer.Ordinal);
}
