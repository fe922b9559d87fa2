using System;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Mapping;

/// <summary>Maps <see cref="RenewalStrategy"/> to the values of the global choice <c>crr_renewalstrategy</c> (<see cref="RenewalStrategyChoice"/>).</summary>
public static class RenewalStrategyOptions
{
    /// <summary>The option value of a strategy.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>Its value in <see cref="RenewalStrategyChoice"/>.</returns>
    public static int ToValue(RenewalStrategy strategy) => strategy switch
    {
        RenewalStrategy.StreamlinedConfirmation => RenewalStrategyChoice.StreamlinedConfirmation,
        RenewalStrategy.ExpansionFocus => RenewalStrategyChoice.ExpansionFocus,
        RenewalStrategy.ValueReinforcement => RenewalStrategyChoice.ValueReinforcement,
        RenewalStrategy.SaveMode => RenewalStrategyChoice.SaveMode,
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "This strategy has no option in the Renewal strategy choice."),
    };

    /// <summary>The strategy as a value to put into the choice column.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>A new <see cref="OptionSetValue"/>.</returns>
    public static OptionSetValue ToOptionSetValue(RenewalStrategy strategy) => new(ToValue(strategy));
}
