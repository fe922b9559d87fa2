using System.Collections.Generic;

namespace Crm.Renewals.Solution.Model;

/// <summary>One column of a table as the metadata defines it.</summary>
public sealed record ColumnModel
{
    /// <summary>Logical (lower-case) name.</summary>
    public required string LogicalName { get; init; }

    /// <summary>Schema name (<c>PhysicalName</c>).</summary>
    public required string SchemaName { get; init; }

    /// <summary>Column type.</summary>
    public required ColumnType Type { get; init; }

    /// <summary>The 1033 display name.</summary>
    public string DisplayName { get; init; } = "";

    /// <summary><c>none</c>, <c>recommended</c>, <c>required</c> (ApplicationRequired) or <c>systemrequired</c>.</summary>
    public string RequiredLevel { get; init; } = "none";

    /// <summary>Maximum length for text columns.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Minimum value for numeric and currency columns.</summary>
    public decimal? MinValue { get; init; }

    /// <summary>Maximum value for numeric and currency columns.</summary>
    public decimal? MaxValue { get; init; }

    /// <summary>Decimal places for decimal, float and currency columns.</summary>
    public int? Precision { get; init; }

    /// <summary>For choices: the option set with the allowed values (global or local).</summary>
    public OptionSetModel? OptionSet { get; init; }

    /// <summary>For lookups: the tables it may point at.</summary>
    public IReadOnlyList<string> LookupTargets { get; init; } = [];

    /// <summary>For date columns: <c>UserLocal</c>, <c>DateOnly</c> or <c>TimeZoneIndependent</c>.</summary>
    public string? DateTimeBehavior { get; init; }

    /// <summary>True for a column the solution adds (rather than one the platform defines).</summary>
    public bool IsCustom { get; init; }

    /// <summary>False when the platform sets the column itself and refuses it on Create (<c>ValidForCreateApi</c>).</summary>
    public bool IsValidForCreate { get; init; } = true;

    /// <summary>False when the column cannot be changed by Update (<c>ValidForUpdateApi</c>).</summary>
    public bool IsValidForUpdate { get; init; } = true;

    /// <summary>The <c>&lt;Format&gt;</c> value, e.g. <c>date</c> or <c>datetime</c> for date columns, <c>text</c> or <c>email</c> for text.</summary>
    public string? Format { get; init; }

    /// <summary>For choices and yes/no columns: the value a new record gets in the app (<c>AppDefaultValue</c>); null when none.</summary>
    public int? DefaultValue { get; init; }

    /// <summary>For a <c>*_base</c> currency column: logical name of the currency column it converts to the base currency.</summary>
    public string? CalculationOf { get; init; }
}
