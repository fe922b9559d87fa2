// The fake client API the browser tests put into every page before its own scripts (window.Xrm), answering from
// window.__fixture: rows per table (retrieveMultipleRecords evaluates the $filter, $orderby and $top the web resources
// send, and pages with nextLink), records by id, what each Custom API answers (or refuses), the user's settings. It
// records reads, calls and navigations in window.__reads, window.__calls and window.__navigations.
(function () {
    "use strict";

    const fixture = window.__fixture || {};
    const log = (name, entry) => { window[name] = (window[name] || []).concat([entry]); };
    const refuse = (message) => Promise.reject(new Error(message));

    // A small OData $filter evaluator: comparisons (eq, ne, ge, gt, le, lt) of a column with a literal (number, true,
    // false, null, a date, a GUID or a quoted string), joined by and/or, with parentheses.
    function tokens(text) {
        return text.match(/\(|\)|'(?:[^']|'')*'|[^\s()]+/g) || [];
    }

    function literal(token) {
        if (token === "null") { return null; }
        if (token === "true" || token === "false") { return token === "true"; }
        if (token.startsWith("'")) { return token.slice(1, -1).replace(/''/g, "'"); }
        return /^-?\d+(\.\d+)?$/.test(token) ? Number(token) : token;
    }

    function compare(left, operator, right) {
        const a = typeof left === "string" && typeof right === "string" ? left.toLowerCase() : left;
        const b = typeof left === "string" && typeof right === "string" ? right.toLowerCase() : right;
        switch (operator) {
            case "eq": return (a === undefined ? null : a) === b;
            case "ne": return (a === undefined ? null : a) !== b;
            case "ge": return a !== null && a !== undefined && a >= b;
            case "gt": return a !== null && a !== undefined && a > b;
            case "le": return a !== null && a !== undefined && a <= b;
            case "lt": return a !== null && a !== undefined && a < b;
            default: throw new Error(`The fake Web API does not evaluate the operator ${operator}`);
        }
    }

    function parseFilter(text) {
        const list = tokens(text);
        let at = 0;
        const expression = () => {
            let test = term();
            while (list[at] === "or") { at += 1; const left = test; const right = term(); test = (row) => left(row) || right(row); }
            return test;
        };
        const term = () => {
            let test = factor();
            while (list[at] === "and") { at += 1; const left = test; const right = factor(); test = (row) => left(row) && right(row); }
            return test;
        };
        const factor = () => {
            if (list[at] === "(") { at += 1; const inner = expression(); at += 1; return inner; }
            const column = list[at]; const operator = list[at + 1]; const value = literal(list[at + 2]);
            at += 3;
            return (row) => compare(row[column], operator, value);
        };
        return expression();
    }

    function option(options, name) {
        const match = new RegExp(`[?&]\\$${name}=([^&]*)`).exec(options || "");
        return match ? decodeURIComponent(match[1]) : null;
    }

    function query(entity, options) {
        let rows = ((fixture.tables || {})[entity] || []).slice();
        const filter = option(options, "filter");
        if (filter) { const test = parseFilter(filter); rows = rows.filter(test); }
        const order = option(options, "orderby");
        if (order) {
            const keys = order.split(",").map((key) => key.trim().split(/\s+/));
            rows.sort((x, y) => {
                for (const [column, direction] of keys) {
                    const a = x[column] === undefined ? null : x[column]; const b = y[column] === undefined ? null : y[column];
                    if (a !== b) { return (a === null ? -1 : b === null ? 1 : a < b ? -1 : 1) * (direction === "desc" ? -1 : 1); }
                }
                return 0;
            });
        }
        const top = option(options, "top");
        return top ? rows.slice(0, Number(top)) : rows;
    }

    window.Xrm = {
        WebApi: {
            retrieveMultipleRecords(entity, options, maxPageSize) {
                log("__reads", { entity, options });
                if (fixture.failWith || (fixture.failTables || []).includes(entity)) {
                    return refuse(fixture.failWith || `Principal user (Id=aa) is missing prvRead${entity} privilege (Id=bb) on OTC=3 for entity '${entity}'.`);
                }
                const skip = /\$skiptoken=(\d+)/.exec(options || "");
                const start = skip ? Number(skip[1]) : 0;
                const rows = query(entity, (options || "").replace(/&\$skiptoken=\d+/, ""));
                const end = start + Math.min(maxPageSize || 5000, 5000);
                const base = (options || "?").replace(/&\$skiptoken=\d+/, "");
                return Promise.resolve({
                    entities: rows.slice(start, end),
                    nextLink: end < rows.length ? `https://contoso.crm.dynamics.com/api/data/v9.2/${entity}s${base}&$skiptoken=${end}` : undefined,
                });
            },
            retrieveRecord(entity, id) {
                const record = ((fixture.records || {})[entity] || {})[id];
                return record ? Promise.resolve(record) : refuse(`${entity} ${id} does not exist`);
            },
            online: {
                execute(request) {
                    const name = request.getMetadata().operationName;
                    log("__calls", { name, request: JSON.parse(JSON.stringify(request)) });
                    const answer = (fixture.apis || {})[name];
                    if (fixture.failWith || !answer) { return refuse(fixture.failWith || `${name} is not available`); }
                    if (answer.refuse) {
                        const refusal = answer.refuse;
                        if (!answer.always) { delete answer.refuse; }
                        return refuse(refusal);
                    }
                    // An answer per value of one parameter (the concession's discount as it is typed), else the one body.
                    const body = answer.byParameter ? answer.byParameter.cases[String(request[answer.byParameter.name])] : answer.body;
                    const delay = answer.delayMs || 0;
                    return new Promise((resolve) => setTimeout(resolve, delay)).then(() => ({ ok: true, status: 200, json: () => Promise.resolve(body) }));
                },
            },
        },
        Navigation: {
            navigateTo(page) { log("__navigations", page); return Promise.resolve(); },
        },
        Utility: {
            // Metadata as UCI gives it: Attributes.get(name).OptionSet, each option with Value and Label.UserLocalizedLabel.
            getEntityMetadata(entity, attributes) {
                const table = (fixture.metadata || {})[entity] || {};
                const found = new Map((attributes || []).filter((name) => table[name]).map((name) => [name, {
                    LogicalName: name,
                    OptionSet: table[name].map((option) => ({ Value: option.Value, Label: { UserLocalizedLabel: { Label: option.Label, LanguageCode: 1033 } } })),
                }]));
                return Promise.resolve({ LogicalName: entity, Attributes: { get: (name) => found.get(name) || null } });
            },
            getGlobalContext: () => ({
                organizationSettings: { baseCurrency: fixture.baseCurrency || null },
                userSettings: fixture.userSettings || { userId: "{00000000-0000-0000-0000-0000000000aa}", languageId: 1033 },
            }),
        },
    };
}());
