// A loopback host for the web resources in a real browser: serves them under /webresources/ as Dataverse would — the
// scripts compiled by tsc (WebResources/build), the pages and style sheets from WebResources/src — and puts a fake Xrm
// (the client API the app would provide) into every HTML page before its own scripts run. The fake answers from a
// fixture: rows per table, a failure to raise, what crr_ Custom APIs return; it records navigations.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const sourceRoot = fileURLToPath(new URL("../src/", import.meta.url));
const buildRoot = fileURLToPath(new URL("../build/", import.meta.url));
const fakesRoot = fileURLToPath(new URL("./fakes/", import.meta.url));
// The unit tests' fake formContext, served to the form page as it is (one fake for both).
const formContextFile = fileURLToPath(new URL("../tests/fakes/fakeFormContext.js", import.meta.url));
const ContentTypes = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

/** The fake client API for a fixture: the fixture as JSON, then fakes/xrm.js reading it. */
async function fakeXrmScript(fixture) {
    return `window.__fixture = ${JSON.stringify(fixture)};\n${await readFile(join(fakesRoot, "xrm.js"), "utf8")}`;
}

/** A form page hosting one compiled form script (/form?script=<web resource name>), drawn by fakes/form.js. */
function formPage(script) {
    return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Form</title>
  <link rel="stylesheet" href="/fakes/form.css">
</head>
<body>
  <main>
    <h1 id="form-title"></h1>
    <div id="form-notifications" aria-label="Notifications" role="region"></div>
    <form id="form-fields"></form>
  </main>
  <script src="/fake-xrm.js"></script>
  <script>var module = { exports: {} };</script>
  <script src="/fakes/fakeFormContext.js"></script>
  <script>window.FakeFormContext = module.exports.FakeFormContext;</script>
  <script src="/webresources/${script}"></script>
  <script src="/fakes/form.js"></script>
</body>
</html>`;
}

/** Starts the host; resolves to { url(path), formUrl(script), close() }. */
export async function startHost(fixture) {
    const server = createServer(async (request, response) => {
        const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
        if (path === "/fake-xrm.js") {
            response.writeHead(200, { "content-type": ContentTypes[".js"] });
            response.end(await fakeXrmScript(fixture));
            return;
        }

        if (path === "/form") {
            response.writeHead(200, { "content-type": ContentTypes[".html"] });
            response.end(formPage(new URL(request.url, "http://localhost").searchParams.get("script")));
            return;
        }

        if (path.startsWith("/fakes/")) {
            const name = path.slice("/fakes/".length);
            const file = name === "fakeFormContext.js" ? formContextFile : join(fakesRoot, normalize(name).replace(/^(\.\.[/\\])+/, ""));
            try {
                response.writeHead(200, { "content-type": ContentTypes[extname(name)] || "application/octet-stream" });
                response.end(await readFile(file));
            } catch {
                response.writeHead(404).end();
            }

            return;
        }

        const relative = normalize(path.replace(/^\/webresources\//, ""));
        if (!path.startsWith("/webresources/") || relative.startsWith("..")) {
            response.writeHead(404).end();
            return;
        }

        try {
            let body = await readFile(join(extname(relative) === ".js" ? buildRoot : sourceRoot, relative));
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
    return {
        url: (path) => `http://127.0.0.1:${port}/webresources/${path}`,
        formUrl: (script) => `http://127.0.0.1:${port}/form?script=${encodeURIComponent(script)}`,
        close: () => new Promise((resolve) => server.close(resolve)),
    };
}
