"use strict";

// A small stand-in for Xrm: WebApi.retrieveMultipleRecords serving fixed rows per table in pages with
// nextLink (it records each call; it does not evaluate OData), WebApi.retrieveRecord, WebApi.online.execute
// answering with what the test's execute(request) returns (or rejecting with what it throws), Navigation.navigateTo
// (recorded), and the global context's organization and user settings.

const SkipToken = "$skiptoken=";

function createFakeXrm({ tables = {}, serverPageSize = 2, baseCurrency = null, records = {}, failWith = null, failTables = [], execute = null, userSettings = { userId: "{00000000-0000-0000-0000-0000000000AA}", languageId: 2057 } } = {}) {
    const calls = [];
    const webApi = {
        retrieveMultipleRecords(entity, options, maxPageSize) {
            calls.push({ entity, options, maxPageSize });
            if (failWith || failTables.includes(entity)) {
                return Promise.reject(new Error(failWith || `Principal user is missing prvRead${entity} privilege`));
            }

            const rows = tables[entity] || [];
            const at = options.indexOf(SkipToken);
            const start = at < 0 ? 0 : Number(options.slice(at + SkipToken.length));
            const size = Math.min(serverPageSize, maxPageSize || serverPageSize);
            const query = at < 0 ? options.slice(1) : options.slice(1, at - 1);
            const end = start + size;
            const nextLink = end < rows.length
                ? `https://contoso.crm.dynamics.com/api/data/v9.2/${entity}s?${query}&${SkipToken}${end}`
                : undefined;
            return Promise.resolve({ entities: rows.slice(start, end), nextLink });
        },
        retrieveRecord(entity, id, options) {
            calls.push({ entity, id, options });
            const record = (records[entity] || {})[id];
            return record ? Promise.resolve(record) : Promise.reject(new Error(`${entity} ${id} does not exist`));
        },
    };
    webApi.online = {
        execute(request) {
            calls.push({ request, metadata: request.getMetadata() });
            return Promise.resolve().then(() => execute(request)).then((body) => ({ ok: true, status: 200, json: () => Promise.resolve(body) }));
        },
    };
    const navigations = [];
    return {
        calls,
        navigations,
        WebApi: webApi,
        Navigation: { navigateTo: (page) => { navigations.push(page); return Promise.resolve(); } },
        Utility: {
            getGlobalContext: () => ({ organizationSettings: { baseCurrency }, userSettings }),
        },
    };
}

module.exports = { createFakeXrm };
