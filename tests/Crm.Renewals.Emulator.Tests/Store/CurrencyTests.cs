using Crm.Renewals.Emulator.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Store;

public class CurrencyTests
{
    [Fact]
    public void Create_WithAmount_GetsBaseCurrencyRateAndBaseAmount()
    {
        var org = Organizations.New();

        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Price] = new Money(120m) });

        var row = org.Find(Widget, id)!;
        var currency = org.Find("transactioncurrency", row.GetAttributeValue<EntityReference>(Currency).Id)!;
        Assert.Equal("USD", currency["isocurrencycode"]);
        Assert.Equal(1m, row[ExchangeRate]);
        Assert.Equal(120m, row.GetAttributeValue<Money>(PriceBase).Value);
    }

    [Fact]
    public void Create_InAnotherCurrency_BaseAmountUsesItsExchangeRate()
    {
        var org = Organizations.New();
        var euro = new Entity("transactioncurrency") { ["currencyname"] = "Euro", ["isocurrencycode"] = "EUR", ["currencysymbol"] = "€", ["exchangerate"] = 0.8m, ["currencyprecision"] = 2 };
        org.Seed(euro);

        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Price] = new Money(100m), [Currency] = euro.ToEntityReference() });

        var row = org.Find(Widget, id)!;
        Assert.Equal(0.8m, row[ExchangeRate]);
        Assert.Equal(125m, row.GetAttributeValue<Money>(PriceBase).Value);
    }

    [Fact]
    public void Update_Amount_RecomputesBaseAmount()
    {
        var org = Organizations.New();
        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Price] = new Money(120m) });

        org.Service.Update(new Entity(Widget, id) { [Price] = new Money(80m) });

        Assert.Equal(80m, org.Find(Widget, id)!.GetAttributeValue<Money>(PriceBase).Value);
    }

    [Fact]
    public void Create_WithoutAmount_GetsNoCurrency()
    {
        var org = Organizations.New();

        var id = org.Service.Create(Organizations.Widget());

        Assert.False(org.Find(Widget, id)!.Contains(Currency));
    }
}
