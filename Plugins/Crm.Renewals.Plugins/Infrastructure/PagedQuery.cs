using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Infrastructure;

/// <summary>
/// Reads every row a query matches, page by page with the paging cookie (5,000 rows a page, Dataverse's maximum), so
/// a result of any size is read exactly: an aggregate stops at 50,000 rows, and paging by page number alone past
/// 50,000 is refused. The query must order by its table's primary key, which keeps the pages stable.
/// </summary>
public static class PagedQuery
{
    /// <summary>Rows per page.</summary>
    public const int PageSize = 5000;

    /// <summary>Calls <paramref name="row"/> for each row; returns the number of RetrieveMultiple calls made.</summary>
    /// <param name="service">The service to query with.</param>
    /// <param name="query">The query; its paging is set here.</param>
    /// <param name="row">What to do with each row.</param>
    /// <returns>The pages read.</returns>
    public static int ForEach(IOrganizationService service, QueryExpression query, Action<Entity> row)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        if (query is null)
        {
            throw new ArgumentNullException(nameof(query));
        }

        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        query.PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 };
        var pages = 0;
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            pages++;
            foreach (var entity in page.Entities)
            {
                row(entity);
            }

            if (!page.MoreRecords)
            {
                return pages;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
