"use strict";

// crr_/dashboard/pipelinedata.js and renewalpipeline.js: what the page reads through Xrm.WebApi, and what it renders
// into each panel.
const test = require("node:test");
const assert = require("node:assert");
const { loadBrowserScripts, plain } = require("./fakes/browserScripts");
const { createFakeXrm } = require("./fakes/fakeXrm");
const { Category, Today, figuresJson } = require("./fakes/pipelineSamples");

const Scripts = ["crr_/dashboard/pipelinemodel.js", "crr_/dashboard/pipelineformat.js", "crr_/dashboard/pipelineview.js", "crr_/dashboard/pipelinedata.js", "crr_/dashboard/renewalpipeline.js"];
const FormattedValue = "@OData.Community.Display.V1.FormattedValue";

function opportunityRow(id, overrides = {}) {
    return {
        opportunityid: id,
        name: `Renewal ${id}`,
        [`_customerid_value${FormattedValue}`]: `Account ${id}`,
        crr_riskcategory: Category.Red,
        estimatedvalue: 1000,
        estimatedvalue_base: 900,
        [`estimatedvalue${FormattedValue}`]: "€1,000.00",
        crr_termenddate: "2026-01-28",
        ...overrides,
    };
}

/** The Custom APIs as the server answers them. */
function apis(request) {
    const name = request.getMetadata().operationName;
    if (name === "crr_GetRenewalPipeline") {
        return { Figures: figuresJson(), Queries: 96 };
    }

    if (name === "crr_GetSaveMetrics") {
        return { SaveSuccessRate: 50, SuccessfulSaves: 1, ClosedSavePlans: 2, SuccessAssessment: "Solid." };
    }

    throw new Error(`${name} is not available`);
}

/** A dashboard page inside the app's iframe: its three elements, and its scripts with the app's Xrm as the parent's. */
function dashboardPage(xrm) {
    const element = (id) => ({ id, innerHTML: "", attributes: {}, listeners: {}, setAttribute(name, value) { this.attributes[name] = value; }, addEventListener(name, listener) { this.listeners[name] = listener; } });
    const elements = new Map(["crr-pipeline", "crr-figures", "crr-table"].map((id) => [id, element(id)]));
    const document = { readyState: "complete", getElementById: (id) => elements.get(id) || null, addEventListener() {} };
    // Loaded without the document, so the script does not start on its own; the test starts it.
    const page = loadBrowserScripts(Scripts, { navigator: { languages: ["en-US"] }, parent: { Xrm: xrm } });
    return { document, elements, pipeline: page.CrmRenewals.RenewalPipeline };
}

test("firstPageOptions_MonthAndCategory_FiltersTheOpenRenewalsOfThatMonthAndCategory", () => {
    const { pipeline } = dashboardPage(createFakeXrm());
    const figures = pipeline.parseFigures(figuresJson());

    assert.strictEqual(pipeline.firstPageOptions(figures, pipeline.NoFilter),
        "?$select=name,crr_riskcategory,estimatedvalue,estimatedvalue_base,crr_termenddate,_customerid_value"
        + "&$filter=crr_isrenewal eq true and statecode eq 0 and crr_termenddate ge 2026-01-01 and crr_termenddate lt 2027-01-01&$orderby=crr_termenddate asc,name asc");
    assert.match(pipeline.firstPageOptions(figures, { year: 2026, month: 3, series: pipeline.seriesOf(Category.Yellow) }),
        /crr_termenddate ge 2026-03-01 and crr_termenddate lt 2026-04-01 and crr_riskcategory eq 642310001&/);
    // Never evaluated: the category is empty.
    assert.match(pipeline.firstPageOptions(figures, { year: 2026, month: 3, series: pipeline.seriesOf(null) }), / and crr_riskcategory eq null&/);
});

test("firstPageOptions_NextMilestone_FiltersTheWholePeriodByIt", () => {
    const { pipeline } = dashboardPage(createFakeXrm());
    const figures = pipeline.parseFigures(figuresJson());

    assert.match(pipeline.firstPageOptions(figures, { year: null, month: null, series: null, milestone: { value: 642310003 } }),
        /crr_termenddate ge 2026-01-01 and crr_termenddate lt 2027-01-01 and crr_nextmilestone eq 642310003&/);
    assert.match(pipeline.firstPageOptions(figures, { year: null, month: null, series: null, milestone: { value: null } }), / and crr_nextmilestone eq null&/);
});

test("loadMilestoneLabels_Metadata_LabelsByValueElseEmpty", async () => {
    const xrm = createFakeXrm();
    xrm.Utility.getEntityMetadata = () => Promise.resolve({ Attributes: { get: () => ({ OptionSet: [{ Value: 642310003, Label: { UserLocalizedLabel: { Label: "T-45 Angebot" } } }] }) } });
    const { pipeline } = dashboardPage(xrm);

    assert.deepStrictEqual(plain([...(await pipeline.loadMilestoneLabels(xrm))]), [[642310003, "T-45 Angebot"]]);
    xrm.Utility.getEntityMetadata = () => Promise.reject(new Error("offline"));
    assert.strictEqual((await pipeline.loadMilestoneLabels(xrm)).size, 0);
});

test("milestoneOptions_PageOfRenewals_OneQueryForTheirRenewalMilestonesOnly", () => {
    const { pipeline } = dashboardPage(createFakeXrm());

    assert.strictEqual(pipeline.milestoneOptions(["a", "b"]),
        "?$select=crr_milestone,scheduledend,_regardingobjectid_value&$filter=statecode eq 0 and crr_milestone ne null"
        + " and crr_milestone ne 642310010 and crr_milestone ne 642310011 and (_regardingobjectid_value eq a or _regardingobjectid_value eq b)&$orderby=scheduledend asc");
});

test("loadPage_MoreRenewalsThanAPage_ReadsOnePageAndItsMilestonesInTwoRequests", async () => {
    const renewals = Array.from({ length: 30 }, (_, i) => opportunityRow(`r${i}`));
    const tasks = [{ _regardingobjectid_value: "r0", crr_milestone: 642310003, [`crr_milestone${FormattedValue}`]: "T-45 Proposal", scheduledend: "2026-01-10T09:00:00Z" }];
    const xrm = createFakeXrm({ tables: { opportunity: renewals, task: tasks }, serverPageSize: 5000 });
    const { pipeline } = dashboardPage(xrm);

    const page = await pipeline.loadPage(xrm.WebApi, "?$select=name", Today);

    assert.strictEqual(xrm.calls.length, 2);
    assert.strictEqual(xrm.calls[0].maxPageSize, pipeline.PageRows);
    assert.strictEqual(page.records.length, 25);
    // The next page's options are the query part of nextLink, unchanged, as the client API requires.
    assert.strictEqual(page.nextOptions, "?$select=name&$skiptoken=25");
    assert.deepStrictEqual(plain({ ...page.records[0], series: page.records[0].series.key }), {
        id: "r0", name: "Renewal r0", account: "Account r0", series: "red", arr: 900, arrText: "€1,000.00",
        renewalDate: { year: 2026, month: 1, day: 28 }, nextMilestone: { label: "T-45 Proposal", due: "2026-01-10T09:00:00.000Z", overdue: true },
    });
});

test("loadFormats_UserSettingsRow_ReadsTheSignedInUsersRow", async () => {
    const xrm = createFakeXrm({ tables: { usersettings: [{ decimalsymbol: ",", numberseparator: ".", dateformatstring: "dd/MM/yyyy", dateseparator: ".", localeid: 1031 }] } });
    const { pipeline } = dashboardPage(xrm);

    const format = await pipeline.loadFormats(xrm, ["en-US"]);

    assert.match(xrm.calls[0].options, /\$filter=systemuserid eq 00000000-0000-0000-0000-0000000000AA$/);
    assert.strictEqual(format.count(1234567), "1.234.567");
    assert.strictEqual(format.day({ year: 2026, month: 3, day: 31 }), "31.03.2026");
});

test("loadFormats_SettingsUnreadable_FormatsAsTheUsersLanguage", async () => {
    const xrm = createFakeXrm({ failTables: ["usersettings"] });
    const { pipeline } = dashboardPage(xrm);

    const format = await pipeline.loadFormats(xrm, ["fr-FR"]);

    assert.strictEqual(format.day({ year: 2026, month: 3, day: 31 }), "31 Mar 2026");
});

test("start_FiguresAndAPage_RendersEachPanelAndIsNoLongerBusy", async () => {
    const xrm = createFakeXrm({ tables: { opportunity: [opportunityRow("a")], task: [] }, execute: apis });
    const { pipeline, document, elements } = dashboardPage(xrm);

    await pipeline.start(document, Today);

    assert.match(elements.get("crr-figures").innerHTML, /ARR at risk \(Yellow \+ Red\), next 12 months/);
    assert.match(elements.get("crr-figures").innerHTML, /50%<\/span><span class="crr-tile-detail">1 of 2 closed save plans/);
    assert.match(elements.get("crr-table").innerHTML, /Showing 1–1 of 5/);
    assert.strictEqual(elements.get("crr-pipeline").attributes["aria-busy"], "false");
});

// One missing privilege must not blank the page: the figures stay and the table says, in words, what to ask for.
test("start_RenewalsUnreadable_OnlyTheTableFailsWithARetry", async () => {
    const xrm = createFakeXrm({ failTables: ["opportunity"], execute: apis });
    const { pipeline, document, elements } = dashboardPage(xrm);

    await pipeline.start(document, Today);

    assert.match(elements.get("crr-figures").innerHTML, /ARR at risk/);
    assert.match(elements.get("crr-table").innerHTML, /You do not have permission to read the open renewals\. Ask your Dynamics 365 administrator/);
    assert.match(elements.get("crr-table").innerHTML, /data-action="retry" data-panel="table"/);
});

test("start_FiguresRefused_TheFiguresPanelSaysWhyWithARetry", async () => {
    const xrm = createFakeXrm({ execute: () => { throw new Error("crr_GetRenewalPipeline is not available"); } });
    const { pipeline, document, elements } = dashboardPage(xrm);

    await pipeline.start(document, Today);

    assert.match(elements.get("crr-figures").innerHTML, /The pipeline&#39;s figures could not be loaded: crr_GetRenewalPipeline is not available/);
    assert.match(elements.get("crr-figures").innerHTML, /data-action="retry" data-panel="figures"/);
});

test("start_NoClientApi_SaysWhereToOpenThePage", async () => {
    const { document, elements } = dashboardPage(null);
    const page = loadBrowserScripts(Scripts, { navigator: { languages: ["en-US"] } });

    await page.CrmRenewals.RenewalPipeline.start(document, Today);

    assert.match(elements.get("crr-pipeline").innerHTML, /open it as the Renewal pipeline dashboard of the Renewals app/);
});
