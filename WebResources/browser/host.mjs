// A loopback host for the web resources in a real browser: serves WebResources/src under /webresources/, and puts a
// fake Xrm (the client API the app would provide) into every HTML page before its own scripts run. The fake answers
// from a fixture: rows per table, a failure to raise, and what crr_ Custom APIs return.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const sourceRoot = fileURLToPath(new URL("../src/", import.meta.url));
const ContentTypes = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

/** The fake client API, as a script: the fixture is embedded as JSON. */
function fakeXrmScript(fixture) {
    return `window.__fixture = ${JSON.stringify(fixture)};
(function () {
    const fixture = window.__fixture;
    const fail = (what) => Promise.reject(new Error(fixture.failWith + " (" + what + ")"));
    window.Xrm = {
        WebApi: {
            retrieveMultipleRecords(entity, options, maxPageSize) {
                if (fixture.failWith) { return fail(entity); }
                const rows = (fixture.tables || {})[entity] || [];
                const size = Math.min(maxPageSize || 5000, 5000);
                const at = options.indexOf("$skiptoken=");
                const start = at < 0 ? 0 : Number(options.slice(at + 11));
                const end = start + size;
                const query = at < 0 ? options.slice(1) : options.slice(1, at - 1);
                return Promise.resolve({ entities: rows.slice(start, end), nextLink: end < rows.length ? "https://contoso.crm.dynamics.com/api/data/v9.2/" + entity + "s?" + query + "&$skiptoken=" + end : undefined });
            },
            retrieveRecord(entity, id) {
                const record = ((fixture.records || {})[entity] || {})[id];
                return record ? Promise.resolve(record) : Promise.reject(new Error(entity + " " + id + " does not exist"));
            },
            online: {
                execute(request) {
                    const name = request.getMetadata().operationName;
                    window.__calls = (window.__calls || []).concat([{ name, request: JSON.parse(JSON.stringify(request)) }]);
                    const answer = (fixture.apis || {})[name];
                    if (!answer) { return Promise.reject(new Error(name + " is not available")); }
                    if (answer.refuse) { const refusal = answer.refuse; if (!answer.always) { delete answer.refuse; } return Promise.reject(new Error(refusal)); }
                    return Promise.resolve({ ok: true, json: () => Promise.resolve(answer.body) });
                },
            },
        },
        Utility: { getGlobalContext: () => ({ organizationSettings: { baseCurrency: fixture.baseCurrency || null } }) },
    };
})();`;
}

/** Starts the host; resolves to { url(path), close() }. */
export async function startHost(fixture) {
    const server = createServer(async (request, response) => {
        const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
        if (path === "/fake-xrm.js") {
            response.writeHead(200, { "content-type": ContentTypes[".js"] });
            response.end(fakeXrmScript(fixture));
            return;
        }

        const relative = normalize(path.replace(/^\/webresources\//, ""));
        if (!path.startsWith("/webresources/") || relative.startsWith("..")) {
            response.writeHead(404).end();
            return;
        }

        try {
            let body = await readFile(join(sourceRoot, relative));
            if (extname(relative) === ".html") {
                body = Buffer.from(body.toString("utf8").replace("<head>", "<head>\n  <script src=\"/fake-xrm.js\"></script>"));
            }

            response.writeHead(200, { "content-type": ContentTypes[extname(relative)] || "application/octet-stream" });
            response.end(body);
        } catch {
            response.writeHead(404).end();
        }
    });
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address();
    return { url: (path) => `http://127.0.0.1:${port}/webresources/${path}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
