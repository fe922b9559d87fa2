using System;
using System.Globalization;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Mapping;

/// <summary>
/// Maps the domain's <see cref="RiskCategory"/> to the values of the global choice
/// <c>crr_riskcategory</c> (<see cref="RiskCategoryChoice"/>) and back. Every column holding a
/// risk category (account, risk change, opportunity, save plan) uses this one map.
/// </summary>
public static class RiskCategoryOptions
{
    /// <summary>The option value of a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>Its value in <see cref="RiskCategoryChoice"/>.</returns>
    public static int ToValue(RiskCategory category) => category switch
    {
        RiskCategory.Green => RiskCategoryChoice.Green,
        RiskCategory.Yellow => RiskCategoryChoice.Yellow,
        RiskCategory.Red => RiskCategoryChoice.Red,
        RiskCategory.Expansion => RiskCategoryChoice.Expansion,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "No option of " + RiskCategoryChoice.OptionSetName + " stands for this category."),
    };

    /// <summary>The category as a value to put into a choice column.</summary>
    /// <param name="category">The category.</param>
    /// <returns>A new <see cref="OptionSetValue"/>.</returns>
    public static OptionSetValue ToOptionSetValue(RiskCategory category) => new(ToValue(category));

    /// <summary>The category an option value stands for.</summary>
    /// <param name="value">A value of <see cref="RiskCategoryChoice"/>.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not an option of <c>crr_riskcategory</c>.</exception>
    public static RiskCategory FromValue(int value) => value switch
    {
        RiskCategoryChoice.Green => RiskCategory.Green,
        RiskCategoryChoice.Yellow => RiskCategory.Yellow,
        RiskCategoryChoice.Red => RiskCategory.Red,
        RiskCategoryChoice.Expansion => RiskCategory.Expansion,
        _ => throw new ArgumentOutOfRangeException(
            nameof(value),
            value,
            "The value " + value.ToString(CultureInfo.InvariantCulture) + " is not an option of the choice " + RiskCategoryChoice.OptionSetName + "."),
    };

    /// <summary>The category a choice column holds, or null when it is empty.</summary>
    /// <param name="value">The column's value, e.g. from <c>GetAttributeValue&lt;OptionSetValue&gt;</c>.</param>
    /// <returns>The category, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not an option of <c>crr_riskcategory</c>.</exception>
    public static RiskCategory? FromOptionSetValue(OptionSetValue? value) => value is null ? null : FromValue(value.Value);
}
