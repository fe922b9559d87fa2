"use strict";

// The web resources as the solution declares them: one SolutionPackager entry per web resource
// (Solution/src/WebResources/<name>.data.xml) — each script compiled from src/<name>.ts, each page and style sheet
// from src/<name> — a root component each, the option values the scripts declare, and the forms' OnLoad registrations.
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const { loadBrowserScripts, plain, sourceRoot, buildRoot } = require("./fakes/browserScripts");

const repositoryRoot = path.join(__dirname, "..", "..");
const solutionRoot = path.join(repositoryRoot, "Solution", "src");
const dataRoot = path.join(solutionRoot, "WebResources");
const DataSuffix = ".data.xml";
const AccountForms = path.join(solutionRoot, "Entities", "Account", "FormXml", "main");
const FormScript = "crr_/account/riskbanner.js";

/** WebResourceType by file extension (webresource.webresourcetype: 1 HTML, 2 CSS, 3 Script). */
const TypeByExtension = { ".html": "1", ".css": "2", ".js": "3" };

function filesUnder(root) {
    return fs.readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(root, entry.name);
        return entry.isDirectory() ? filesUnder(full) : [full];
    });
}

/** Web resource names as Dataverse spells them: the path below the root, with forward slashes. */
function names(root, suffix = "") {
    return filesUnder(root).filter((f) => f.endsWith(suffix))
        .map((f) => path.relative(root, f).split(path.sep).join("/").slice(0, suffix.length > 0 ? -suffix.length : undefined))
        .sort();
}

function element(xml, name) {
    const match = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml);
    return match ? match[1] : null;
}

/** The web resources: a script is named after its compiled file (x.ts → x.js); pages and style sheets as they are. */
const sources = names(sourceRoot).map((name) => name.replace(/\.ts$/, ".js")).sort();

test("build_EveryTypeScriptSource_IsCompiledToItsWebResourceAndNothingElseIsBuilt", () => {
    const scripts = names(sourceRoot, ".ts").map((name) => `${name}.js`);

    assert.ok(scripts.length > 0);
    assert.deepStrictEqual(names(buildRoot), scripts);
    // No hand-written script beside the sources: a .js in src would be packed by nobody and tested by nothing.
    assert.deepStrictEqual(names(sourceRoot, ".js"), []);
});
const solutionXml = fs.readFileSync(path.join(solutionRoot, "Other", "Solution.xml"), "utf8");

test("webResources_EverySourceFile_HasADataFileAndNoDataFileIsOrphaned", () => {
    assert.ok(sources.length > 0);
    assert.deepStrictEqual(names(dataRoot, DataSuffix), sources);
});

for (const name of sources) {
    test(`dataFile_${name}_HasTheSolutionPackagerShape`, () => {
        const xml = fs.readFileSync(path.join(dataRoot, name + DataSuffix), "utf8");
        const id = element(xml, "WebResourceId");

        assert.match(id, /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
        assert.strictEqual(element(xml, "Name"), name);
        assert.ok(element(xml, "DisplayName"));
        assert.strictEqual(element(xml, "WebResourceType"), TypeByExtension[path.extname(name)]);
        assert.strictEqual(element(xml, "IntroducedVersion"), element(solutionXml, "Version"));
        // Exports name the packed file after the web resource without "/" and "." plus its id in upper case.
        assert.strictEqual(element(xml, "FileName"), `/WebResources/${name.replace(/[/.]/g, "")}${id.slice(1, -1).toUpperCase()}`);
    });
}

test("dataFiles_WebResourceIds_AreUnique", () => {
    const ids = sources.map((name) => element(fs.readFileSync(path.join(dataRoot, name + DataSuffix), "utf8"), "WebResourceId"));

    assert.strictEqual(new Set(ids).size, ids.length);
});

test("solutionManifest_RootComponents_ListEveryWebResourceOnce", () => {
    const listed = [...solutionXml.matchAll(/<RootComponent type="61" schemaName="([^"]+)" behavior="0" \/>/g)].map((m) => m[1]).sort();

    assert.deepStrictEqual(listed, sources);
    assert.strictEqual([...solutionXml.matchAll(/<RootComponent type="61"/g)].length, sources.length);
});

test("mapFile_EveryWebResource_IsReadFromTheBuildOrTheSourcesWhenPacking", () => {
    // Relative "to" paths are evaluated from the /folder path, Solution/src. Scripts are packed as compiled.
    const map = fs.readFileSync(path.join(repositoryRoot, "Solution", "map.xml"), "utf8").replace(/\\/g, "/");
    const mapped = [...map.matchAll(/<FileToFile map="WebResources\/([^"]+)" to="([^"]+)" \/>/g)].map((m) => [m[1], path.resolve(solutionRoot, m[2])]);

    assert.deepStrictEqual(mapped.map((m) => m[0]).sort(), sources);
    mapped.forEach(([name, target]) => assert.strictEqual(target, path.join(name.endsWith(".js") ? buildRoot : sourceRoot, ...name.split("/"))));
});

test("customizations_Skeleton_HasTheWebResourcesElement", () => {
    const xml = fs.readFileSync(path.join(solutionRoot, "Other", "Customizations.xml"), "utf8");

    assert.match(xml, /<optionsets \/>\s*<Dashboards \/>\s*<WebResources \/>\s*<CustomControls \/>/);
});

test("dashboardPage_ScriptsAndStyleSheet_AreSiblingWebResources", () => {
    const html = fs.readFileSync(path.join(sourceRoot, "crr_", "dashboard", "renewalpipeline.html"), "utf8");
    const referenced = [...html.matchAll(/<(?:script src|link rel="stylesheet" href)="([^"]+)"/g)].map((m) => `crr_/dashboard/${m[1]}`);

    assert.deepStrictEqual(referenced, ["crr_/dashboard/renewalpipeline.css", "crr_/dashboard/pipelinemodel.js", "crr_/dashboard/pipelineformat.js", "crr_/dashboard/pipelineview.js", "crr_/dashboard/pipelinedata.js", "crr_/dashboard/renewalpipeline.js"]);
    referenced.forEach((name) => assert.ok(sources.includes(name), name));
});

test("scripts_RiskCategoryValues_AreTheOptionSetsValues", () => {
    const optionSet = fs.readFileSync(path.join(solutionRoot, "OptionSets", "crr_riskcategory.xml"), "utf8");
    const options = {};
    for (const m of optionSet.matchAll(/<option value="(\d+)"[^>]*>\s*<labels>\s*<label description="([^"]+)" languagecode="1033" \/>/g)) {
        options[m[2]] = Number(m[1]);
    }

    const page = loadBrowserScripts([FormScript, "crr_/dashboard/pipelinemodel.js"]);

    assert.deepStrictEqual(Object.keys(options).sort(), ["Expansion", "Green", "Red", "Yellow"]);
    assert.deepStrictEqual(plain(page.CrmRenewals.Account.RiskCategory), options);
    assert.deepStrictEqual(plain(page.CrmRenewals.RenewalPipeline.RiskCategory), options);
});

// Each main form and the script its OnLoad must run (both the unmanaged and the managed copy of the form).
const FormScripts = [
    [AccountForms, FormScript],
    [path.join(solutionRoot, "Entities", "crr_Concession", "FormXml", "main"), "crr_/concession/concessionform.js"],
    [path.join(solutionRoot, "Entities", "crr_SavePlan", "FormXml", "main"), "crr_/saveplan/saveplanform.js"],
];

// The Log outcome command calls the form script's functions with the form (PrimaryControl), and both exist.
test("savePlanRibbon_LogOutcomeCommand_CallsFunctionsTheFormScriptDefines", () => {
    const xml = fs.readFileSync(path.join(solutionRoot, "Entities", "crr_SavePlan", "RibbonDiff.xml"), "utf8");
    const page = loadBrowserScripts(["crr_/saveplan/saveplanform.js"]);
    const calls = [...xml.matchAll(/FunctionName="([^"]+)" Library="\$webresource:([^"]+)"[^>]*>\s*<CrmParameter Value="PrimaryControl" \/>/g)];

    assert.deepStrictEqual(calls.map((m) => m[1]).sort(), ["CrmRenewals.SavePlan.canLogOutcome", "CrmRenewals.SavePlan.logOutcome"]);
    calls.forEach((m) => {
        assert.ok(sources.includes(m[2]), m[2]);
        assert.strictEqual(typeof m[1].split(".").reduce((owner, key) => owner && owner[key], page), "function", m[1]);
    });
    assert.match(xml, /Location="Mscrm\.Form\.crr_saveplan\.MainTab\.Save\.Controls\._children"/);
});

test("logOutcomeDialog_ScriptIsASiblingWebResourceAndItsOutcomesAreTheOptionSets", () => {
    const html = fs.readFileSync(path.join(sourceRoot, "crr_", "saveplan", "logoutcome.html"), "utf8");
    const page = loadBrowserScripts(["crr_/saveplan/logoutcome.js", "crr_/saveplan/saveplanform.js"]);
    const options = (choice) => {
        const xml = fs.readFileSync(path.join(solutionRoot, "OptionSets", `${choice}.xml`), "utf8");
        const found = {};
        for (const m of xml.matchAll(/<option value="(\d+)"[^>]*>\s*<labels>\s*<label description="([^"]+)" languagecode="1033" \/>/g)) {
            found[m[2].replace(/\s+/g, "").toLowerCase()] = Number(m[1]);
        }

        return found;
    };

    assert.deepStrictEqual([...html.matchAll(/<script src="([^"]+)"/g)].map((m) => `crr_/saveplan/${m[1]}`), ["crr_/saveplan/logoutcome.js"]);
    const lowerKeys = (values) => Object.fromEntries(Object.entries(plain(values)).map(([key, value]) => [key.toLowerCase(), value]));
    assert.deepStrictEqual(lowerKeys(page.CrmRenewals.LogOutcome.SaveOutcome), options("crr_saveoutcome"));
    assert.deepStrictEqual(lowerKeys(page.CrmRenewals.SavePlan.PlanStatus), options("crr_saveplanstatus"));
});

for (const [forms, script] of FormScripts) {
    for (const form of fs.readdirSync(forms).sort()) {
        test(`form_${form}_Runs${path.basename(script)}OnLoadWithTheExecutionContext`, () => {
            const xml = fs.readFileSync(path.join(forms, form), "utf8");
            const handler = /<event name="onload" application="false" active="false">\s*<Handlers>\s*<Handler functionName="([^"]+)" libraryName="([^"]+)" handlerUniqueId="\{[0-9a-f-]{36}\}" enabled="true" parameters="" passExecutionContext="true" \/>/.exec(xml);
            const page = loadBrowserScripts([script]);

            assert.match(xml, new RegExp(`<formLibraries>\\s*<Library name="${script}" libraryUniqueId="\\{[0-9a-f-]{36}\\}" />\\s*</formLibraries>`));
            assert.ok(handler, "no onload handler");
            assert.strictEqual(handler[2], script);
            assert.strictEqual(typeof handler[1].split(".").reduce((owner, key) => owner && owner[key], page), "function");
        });
    }
}

test("scripts_ConcessionChoiceValues_AreTheOptionSetsValues", () => {
    const page = loadBrowserScripts(["crr_/concession/concessionform.js"]);
    for (const [choice, declared] of [["crr_concessionstatus", page.CrmRenewals.Concession.ConcessionStatus], ["crr_authoritylevel", page.CrmRenewals.Concession.AuthorityLevel]]) {
        const xml = fs.readFileSync(path.join(solutionRoot, "OptionSets", `${choice}.xml`), "utf8");
        const options = {};
        for (const m of xml.matchAll(/<option value="(\d+)"[^>]*>\s*<labels>\s*<label description="([^"]+)" languagecode="1033" \/>/g)) {
            options[m[2]] = Number(m[1]);
        }

        assert.deepStrictEqual(plain(declared), options, choice);
    }
});

// WCAG 2.1 non-text contrast: every category colour must stand out from the white page by at least 3:1.
test("dashboardStyles_CategoryColours_HaveAtLeast3To1ContrastOnWhite", () => {
    const css = fs.readFileSync(path.join(sourceRoot, "crr_", "dashboard", "renewalpipeline.css"), "utf8");
    const luminance = (hex) => {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
            .map((v) => (v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const colours = [...css.matchAll(/--crr-(red|yellow|green|expansion|none):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1], m[2]]);

    assert.strictEqual(colours.length, 5);
    colours.forEach(([name, hex]) => {
        const ratio = 1.05 / (luminance(hex) + 0.05);
        assert.ok(ratio >= 3, `${name} ${hex} has ${ratio.toFixed(2)}:1 on white`);
    });
});


// Each tile opens a view the solution ships, of the table the tile counts.
test("dashboardTiles_Views_AreSavedQueriesOfTheirTables", () => {
    const pipeline = loadBrowserScripts(["crr_/dashboard/pipelinemodel.js", "crr_/dashboard/pipelineformat.js", "crr_/dashboard/pipelineview.js"]).CrmRenewals.RenewalPipeline;
    const folders = { opportunity: "Opportunity", task: "Task", crr_saveplan: "crr_SavePlan" };

    for (const [name, view] of Object.entries(pipeline.Views)) {
        const folder = path.join(solutionRoot, "Entities", folders[view.entity], "SavedQueries");
        if (view.id === null) {
            assert.ok(fs.existsSync(folder), `${name}: the ${view.entity} table's default view`);
            continue;
        }

        const file = path.join(folder, `{${view.id}}.xml`);
        assert.ok(fs.existsSync(file), `${name}: ${file}`);
        assert.match(fs.readFileSync(file, "utf8"), new RegExp(`<entity name="${view.entity}">`));
    }
});
