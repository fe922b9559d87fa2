"use strict";

// Loads web resources the way a browser does: plain scripts run one after another in one global
// scope (a vm context), without require or import. Returns that global object. The scripts are the compiled ones
// (build/, written by tsc from src/*.ts): what Dataverse serves is what is tested.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const sourceRoot = path.join(__dirname, "..", "..", "src");
const buildRoot = path.join(__dirname, "..", "..", "build");

/**
 * @param {string[]} names web resource names, e.g. "crr_/account/riskbanner.js", in load order
 * @param {object} globals what the page provides (navigator, Xrm, parent, document …)
 */
function loadBrowserScripts(names, globals = {}) {
    const context = vm.createContext({ ...globals });
    names.forEach((name) => {
        const file = path.join(buildRoot, name);
        if (!fs.existsSync(file)) {
            throw new Error(`${name} is not built; run "npm run build" in WebResources (tools/setup does) so build/ holds the compiled scripts.`);
        }

        vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file });
    });
    return context;
}

/** Values created inside the vm context have that context's prototypes; compare them as plain data. */
function plain(value) {
    return JSON.parse(JSON.stringify(value));
}

module.exports = { loadBrowserScripts, plain, sourceRoot, buildRoot };
