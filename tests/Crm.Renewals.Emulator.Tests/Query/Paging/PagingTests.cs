using System.Xml.Linq;
using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Tests.Query.Fakes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Query.Paging;

public sealed class PagingTests
{
    private readonly QueryEngine _engine = new();
    private readonly FakeQueryDataSource _source = FakeQueryDataSource.WithTestTables();

    [Fact]
    public void Execute_PagesWithCookies_ReturnEveryRowOnceInOrder()
    {
        AddAccounts(12);
        var query = ByName(pageSize: 5);
        var pages = new List<List<string?>>();
        var moreRecords = new List<bool>();
        EntityCollection page;
        do
        {
            page = _engine.Execute(query, _source);
            pages.Add(page.Names());
            moreRecords.Add(page.MoreRecords);
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
        while (page.MoreRecords);

        Assert.Equal([5, 5, 2], pages.Select(p => p.Count));
        Assert.Equal([true, true, false], moreRecords);
        Assert.Equal(Enumerable.Range(1, 12).Select(Name), pages.SelectMany(p => p));
    }

    [Fact]
    public void Execute_CookieAfterRowsInsertedBeforeIt_ContinuesAfterTheLastRowReturned()
    {
        AddAccounts(10);
        var query = ByName(pageSize: 5);
        var first = _engine.Execute(query, _source);

        // Sorts among the first page: offset paging would now repeat 'account 05' on page 2.
        _source.Add(new Entity("account") { ["name"] = "account 00" });
        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = first.PagingCookie;
        var second = _engine.Execute(query, _source);

        Assert.Equal(Enumerable.Range(6, 5).Select(Name), second.Names());
    }

    [Fact]
    public void Execute_CookieForAnotherPage_IsIgnoredLikeDataverse()
    {
        AddAccounts(15);
        var query = ByName(pageSize: 5);
        query.PageInfo.PagingCookie = _engine.Execute(query, _source).PagingCookie;
        query.PageInfo.PageNumber = 3;

        Assert.Equal(Enumerable.Range(11, 5).Select(Name), _engine.Execute(query, _source).Names());
    }

    [Fact]
    public void Execute_PagingCookie_HasDataverseShape()
    {
        AddAccounts(3);
        var query = ByName(pageSize: 2);

        var results = _engine.Execute(query, _source);

        var cookie = XElement.Parse(results.PagingCookie);
        Assert.Equal("cookie", cookie.Name.LocalName);
        Assert.Equal("1", cookie.Attribute("page")?.Value);
        Assert.Equal(["name", "accountid"], cookie.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(Name(2), cookie.Element("name")?.Attribute("last")?.Value);
        Assert.Equal(Name(1), cookie.Element("name")?.Attribute("first")?.Value);
        Assert.Equal(results.Entities[1].Id.ToString("B").ToUpperInvariant(), cookie.Element("accountid")?.Attribute("last")?.Value);
    }

    [Fact]
    public void Execute_CookiePagingOnColumnWithNulls_ContinuesAcrossTheNullRows()
    {
        // Nulls sort first: page 1 ends inside the null rows, page 2 must start with the rest of them.
        for (var number = 1; number <= 4; number++)
        {
            _source.Add(new Entity("account") { ["name"] = Name(number), ["numberofemployees"] = number > 2 ? number : null });
        }

        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 1, PageNumber = 1 } };
        query.AddOrder("numberofemployees", OrderType.Ascending);
        var names = new List<string?>();
        EntityCollection page;
        do
        {
            page = _engine.Execute(query, _source);
            names.AddRange(page.Names());
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
        while (page.MoreRecords);

        Assert.Equal(Enumerable.Range(1, 4).Select(Name), names);
    }

    [Fact]
    public void Execute_NoPageInfo_ReturnsFirst5000RowsWithMoreRecords()
    {
        AddAccounts(5001);

        var results = _engine.Execute(new QueryExpression("account"), _source);

        Assert.Equal(5000, results.Entities.Count);
        Assert.True(results.MoreRecords);
        Assert.NotNull(results.PagingCookie);
    }

    [Fact]
    public void Execute_PageSizeAbove5000_IsCappedAt5000()
    {
        AddAccounts(5001);
        var query = new QueryExpression("account") { PageInfo = new PagingInfo { Count = 10_000, PageNumber = 1 } };

        Assert.Equal(5000, _engine.Execute(query, _source).Entities.Count);
    }

    [Fact]
    public void Execute_ReturnTotalRecordCount_CountsEveryMatchingRow()
    {
        AddAccounts(12);
        var query = ByName(pageSize: 5);
        query.PageInfo.ReturnTotalRecordCount = true;

        var results = _engine.Execute(query, _source);

        Assert.Equal(12, results.TotalRecordCount);
        Assert.False(results.TotalRecordCountLimitExceeded);
    }

    [Fact]
    public void Execute_TotalRecordCountNotRequested_IsMinusOne()
    {
        AddAccounts(2);

        Assert.Equal(-1, _engine.Execute(ByName(pageSize: 5), _source).TotalRecordCount);
    }

    [Fact]
    public void Execute_TotalRecordCountOver5000_StopsAt5000AndSaysSo()
    {
        AddAccounts(5002);
        var query = new QueryExpression("account") { PageInfo = new PagingInfo { Count = 10, PageNumber = 1, ReturnTotalRecordCount = true } };

        var results = _engine.Execute(query, _source);

        Assert.Equal(5000, results.TotalRecordCount);
        Assert.True(results.TotalRecordCountLimitExceeded);
    }

    [Fact]
    public void Execute_MalformedCookie_FaultSaysToPassItUnchanged()
    {
        AddAccounts(3);
        var query = ByName(pageSize: 2);
        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = "<cookie page='1'><name last='x'";

        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(query, _source));

        Assert.Contains("pass the PagingCookie returned with the previous page unchanged", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_CookieOfAnotherOrder_FaultNamesBothOrders()
    {
        AddAccounts(3);
        var query = ByName(pageSize: 2);
        var cookie = _engine.Execute(query, _source).PagingCookie;
        var other = new QueryExpression("account") { PageInfo = new PagingInfo { Count = 2, PageNumber = 2, PagingCookie = cookie } };

        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(other, _source));

        Assert.Contains("it records name, accountid but this query orders by accountid", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_FetchXmlPaging_ReadsCountPageAndCookie()
    {
        AddAccounts(7);
        const string Template = "<fetch count='3' page='{0}' paging-cookie='{1}'><entity name='account'><attribute name='name'/><order attribute='name'/></entity></fetch>";
        var first = _engine.Execute(new FetchExpression(string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, 1, "")), _source);
        var cookie = System.Security.SecurityElement.Escape(first.PagingCookie);

        var second = _engine.Execute(new FetchExpression(string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, 2, cookie)), _source);

        Assert.Equal(Enumerable.Range(4, 3).Select(Name), second.Names());
        Assert.True(second.MoreRecords);
    }

    [Fact]
    public void Execute_PagingOverOneToManyJoin_UsesOffsetsAndReturnsNoCookie()
    {
        var sample = new CrmSample();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };
        query.AddLink("contact", "accountid", "parentcustomerid");
        query.AddOrder("name", OrderType.Ascending);

        var first = _engine.Execute(query, sample.Source);
        query.PageInfo.PageNumber = 2;
        var second = _engine.Execute(query, sample.Source);

        Assert.Null(first.PagingCookie);
        Assert.Equal(["Contoso", "Contoso"], first.Names());
        Assert.Equal(["Fabrikam"], second.Names());
    }

    private static string Name(int number) => $"account {number:00}";

    [Theory]
    [InlineData(10, 5_000, false)] // rows 45,001–50,000: the last page reachable by number alone
    [InlineData(11, 5_000, true)] // rows 50,001–55,000 need the previous page's cookie
    [InlineData(51, 1_000, true)] // the limit counts rows, whatever the page size
    public void Execute_PageNumberWithoutCookie_IsRefusedBeyond50000Rows(int pageNumber, int pageSize, bool refused)
    {
        AddAccounts(3);
        var query = ByName(pageSize);
        query.PageInfo.PageNumber = pageNumber;

        var error = Record.Exception(() => _engine.Execute(query, _source));

        if (refused)
        {
            Assert.Contains("Pass the PagingCookie returned with the previous page", Assert.IsType<OrganizationFaultException>(error).Message);
        }
        else
        {
            Assert.Null(error);
        }
    }

    private static QueryExpression ByName(int pageSize)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = pageSize, PageNumber = 1 } };
        query.AddOrder("name", OrderType.Ascending);
        return query;
    }

    private void AddAccounts(int count)
    {
        for (var number = 1; number <= count; number++)
        {
            _source.Add(new Entity("account") { ["name"] = count > 99 ? $"account {number:00000}" : Name(number) });
        }
    }
}
