using System;
using Crm.Renewals.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Store;

/// <summary>
/// The platform's currency handling for a table with currency columns: a row with an amount gets the
/// organization's base currency when none is set, the currency's exchange rate, and every base-currency
/// column (<c>&lt;CalculationOf&gt;</c>) recomputed as amount / exchange rate.
/// </summary>
internal static class CurrencyRules
{
    public const string CurrencyColumn = "transactioncurrencyid";
    public const string ExchangeRateColumn = "exchangerate";

    public static void Apply(TableSchema table, Entity row, RecordStore store, Guid baseCurrencyId)
    {
        if (!table.Has(CurrencyColumn) || !HasAmount(table, row))
        {
            return;
        }

        if (row.GetAttributeValue<EntityReference>(CurrencyColumn) is null)
        {
            row[CurrencyColumn] = new EntityReference(PlatformTables.TransactionCurrency, baseCurrencyId);
        }

        var currency = store.Find(PlatformTables.TransactionCurrency, row.GetAttributeValue<EntityReference>(CurrencyColumn).Id);
        var rate = currency?.GetAttributeValue<decimal?>(ExchangeRateColumn) ?? 1m;
        if (table.Has(ExchangeRateColumn))
        {
            row[ExchangeRateColumn] = rate;
        }

        foreach (var column in table.Columns)
        {
            if (column.Model.CalculationOf is { } source && row.GetAttributeValue<Money>(source) is { } amount)
            {
                row[column.LogicalName] = new Money(Math.Round(amount.Value / rate, column.Model.Precision ?? 2, MidpointRounding.AwayFromZero));
            }
        }
    }

    private static bool HasAmount(TableSchema table, Entity row)
    {
        foreach (var column in table.Columns)
        {
            if (column.Type == Solution.Model.ColumnType.Money && column.Model.CalculationOf is null && row.Contains(column.LogicalName))
            {
                return true;
            }
        }

        return false;
    }
}
