"use strict";

// crr_/dashboard/renewalpipeline.js: reading through Xrm.WebApi and rendering into the page.
const test = require("node:test");
const assert = require("node:assert");
const { loadBrowserScripts, plain } = require("./fakes/browserScripts");
const { createFakeXrm } = require("./fakes/fakeXrm");
const { Category, Today } = require("./fakes/pipelineSamples");

const Scripts = ["crr_/dashboard/pipelinemodel.js", "crr_/dashboard/pipelineview.js", "crr_/dashboard/renewalpipeline.js"];
const FormattedValue = "@OData.Community.Display.V1.FormattedValue";
const EuroId = "5d2bd7c6-d239-ea11-a813-000d3a35b14a";

function opportunityRow(id, overrides = {}) {
    return {
        opportunityid: id,
        name: `Renewal ${id}`,
        [`_customerid_value${FormattedValue}`]: `Account ${id}`,
        crr_riskcategory: Category.Red,
        estimatedvalue: 1000,
        estimatedvalue_base: 900,
        [`estimatedvalue${FormattedValue}`]: "€1,000.00",
        crr_termenddate: "2026-02-28",
        estimatedclosedate: "2026-02-28",
        ...overrides,
    };
}

/** A page whose DOM is still loading (so the script waits for DOMContentLoaded) inside the app's iframe. */
function dashboardPage(xrm) {
    const container = { innerHTML: "", attributes: {}, setAttribute(name, value) { this.attributes[name] = value; } };
    const listeners = {};
    const document = {
        readyState: "loading",
        getElementById: (id) => (id === "crr-pipeline" ? container : null),
        addEventListener: (name, listener) => { listeners[name] = listener; },
    };
    const page = loadBrowserScripts(Scripts, { navigator: { languages: ["en-GB"] }, document, parent: { Xrm: xrm } });
    return { page, document, container, listeners, pipeline: page.CrmRenewals.RenewalPipeline };
}

test("loadPipeline_OpenRenewals_QueriesRenewalsThatAreOpenWithTheColumnsTheDashboardShows", async () => {
    const xrm = createFakeXrm();
    const { pipeline } = dashboardPage(xrm);

    await pipeline.loadPipeline(xrm);

    const query = xrm.calls.find((c) => c.entity === "opportunity");
    assert.match(query.options, /^\?\$select=name,crr_riskcategory,estimatedvalue,estimatedvalue_base,estimatedclosedate,crr_termenddate,_customerid_value&/);
    assert.match(query.options, /&\$filter=crr_isrenewal eq true and statecode eq 0&/);
    assert.strictEqual(query.maxPageSize, 5000);
    const tasks = xrm.calls.find((c) => c.entity === "task");
    // Only renewal milestones: the 26 weekly post-save checks of a saved account and win-back tasks would crowd them out.
    assert.match(tasks.options, /\$select=crr_milestone,scheduledend,_regardingobjectid_value&\$filter=statecode eq 0 and crr_milestone ne null and crr_milestone ne 642310010 and crr_milestone ne 642310011&/);
});

test("loadPipeline_SeveralPages_FollowsNextLinkWithItsQueryUnchanged", async () => {
    const xrm = createFakeXrm({ tables: { opportunity: ["1", "2", "3"].map((id) => opportunityRow(id)) }, serverPageSize: 2 });
    const { pipeline } = dashboardPage(xrm);

    const data = await pipeline.loadPipeline(xrm);

    const calls = xrm.calls.filter((c) => c.entity === "opportunity");
    assert.strictEqual(calls.length, 2);
    assert.strictEqual(calls[1].options, `${calls[0].options}&$skiptoken=2`);
    assert.deepStrictEqual(plain(data.renewals.map((r) => r.id)), ["1", "2", "3"]);
    assert.strictEqual(data.truncated, false);
});

test("loadPipeline_Records_AreMappedWithBaseCurrencyArrAndFormattedNames", async () => {
    const rows = [
        opportunityRow("1"),
        opportunityRow("2", { crr_riskcategory: undefined, estimatedvalue_base: undefined, crr_termenddate: null }),
    ];
    const tasks = [{ _regardingobjectid_value: "1", crr_milestone: 642310004, [`crr_milestone${FormattedValue}`]: "T-30 Proposal presentation and negotiation", scheduledend: "2026-01-29T09:00:00Z" }];
    const xrm = createFakeXrm({
        tables: { opportunity: rows, task: tasks },
        baseCurrency: { id: `{${EuroId}}`, entityType: "transactioncurrency", name: "Euro" },
        records: { transactioncurrency: { [EuroId]: { isocurrencycode: "EUR" } } },
    });
    const { pipeline } = dashboardPage(xrm);

    const data = await pipeline.loadPipeline(xrm);

    assert.deepStrictEqual(plain(data.renewals), [
        { id: "1", name: "Renewal 1", account: "Account 1", category: Category.Red, arr: 900, arrText: "€1,000.00", renewalDate: "2026-02-28" },
        { id: "2", name: "Renewal 2", account: "Account 2", category: null, arr: 1000, arrText: "€1,000.00", renewalDate: "2026-02-28" },
    ]);
    assert.deepStrictEqual(plain(data.tasks), [{ renewalId: "1", label: "T-30 Proposal presentation and negotiation", due: "2026-01-29T09:00:00Z" }]);
    assert.strictEqual(data.currency, "EUR");
});

test("loadPipeline_MoreRenewalsThanTheDashboardShows_KeepsTheFirstAndSaysItIsTruncated", async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => ({ opportunityid: String(i) }));
    const xrm = createFakeXrm({ tables: { opportunity: rows }, serverPageSize: 5000 });
    const { pipeline } = dashboardPage(xrm);

    const data = await pipeline.loadPipeline(xrm);

    assert.strictEqual(data.renewals.length, 5000);
    assert.strictEqual(data.truncated, true);
});

test("scriptLoad_DomStillLoading_StartsOnDomContentLoaded", () => {
    const { listeners } = dashboardPage(createFakeXrm());

    assert.strictEqual(typeof listeners.DOMContentLoaded, "function");
});

test("start_InTheAppsIframe_RendersThePipelineWithTheParentsXrm", async () => {
    const xrm = createFakeXrm({
        tables: { opportunity: [opportunityRow("1", { name: "Contoso renewal" })] },
        baseCurrency: { id: EuroId, entityType: "transactioncurrency", name: "Euro" },
        records: { transactioncurrency: { [EuroId]: { isocurrencycode: "EUR" } } },
    });
    const { pipeline, document, container } = dashboardPage(xrm);

    await pipeline.start(document, Today);

    assert.match(container.innerHTML, /<p class="crr-figure">€900<\/p>/);
    assert.match(container.innerHTML, /<th scope="row">Contoso renewal<\/th>/);
    assert.strictEqual(container.attributes["aria-busy"], "false");
});

// 6,000 renewals: the page loads the first 5,000 for the chart and table, but the headline is the server's and counts all.
test("start_ServerTotalsAvailable_HeadlineIsExactAndTheNoteSaysSo", async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => opportunityRow(String(i)));
    const totals = { arr: 6000000, count: 6000, arrAtRisk: 1500000, countAtRisk: 1500, redCount: 700 };
    const xrm = createFakeXrm({ tables: { opportunity: rows }, serverPageSize: 5000, execute: () => ({ Figures: JSON.stringify({ totals }), Queries: 48 }) });
    const { pipeline, document, container } = dashboardPage(xrm);

    await pipeline.start(document, Today);

    const call = xrm.calls.find((c) => c.metadata && c.metadata.operationName === "crr_GetRenewalPipeline");
    assert.ok(call, "crr_GetRenewalPipeline was called");
    assert.strictEqual(call.metadata.operationType, 1);
    assert.match(container.innerHTML, /ARR at risk \(Yellow \+ Red\), next 12 months<\/h2><p class="crr-figure">1,500,000<\/p>/);
    assert.match(container.innerHTML, /25% of 6,000,000 up for renewal; 1,500 renewals of 6,000, Red 700; every open renewal counted/);
    assert.match(container.innerHTML, /Showing the first 5,000 open renewals only; the figures above count every open renewal of the next 12 months\./);
});

test("start_SaveMetricsAvailable_AsksForTheLastTwelveMonthsAndShowsTheTile", async () => {
    const xrm = createFakeXrm({
        tables: { opportunity: [opportunityRow("1")] },
        execute: (request) => (request.getMetadata().operationName === "crr_GetSaveMetrics"
            ? { SaveSuccessRate: 50, SuccessfulSaves: 19, ClosedSavePlans: 38, SuccessAssessment: "Success rate 50% is within the solid 50–60%." }
            : Promise.reject(new Error("not here"))),
    });
    const { pipeline, document, container } = dashboardPage(xrm);

    await pipeline.start(document, Today);

    const call = xrm.calls.find((c) => c.metadata && c.metadata.operationName === "crr_GetSaveMetrics");
    assert.strictEqual(call.request.From, "2025-01-16");
    assert.strictEqual(call.request.To, "2026-01-15");
    assert.match(container.innerHTML, /Save success, last 12 months<\/span><span class="crr-tile-value">50%<\/span><span class="crr-tile-detail">19 of 38 closed save plans\./);
});

test("start_NoOpenRenewals_RendersTheEmptyState", async () => {
    const xrm = createFakeXrm();
    const { pipeline, document, container } = dashboardPage(xrm);

    await pipeline.start(document, Today);

    assert.strictEqual(container.innerHTML, pipeline.renderEmpty());
});

test("start_WebApiRefuses_ShowsTheReasonAsAnAlert", async () => {
    const xrm = createFakeXrm({ failWith: "Principal user is missing prvReadOpportunity privilege" });
    const { pipeline, document, container } = dashboardPage(xrm);

    await pipeline.start(document, Today);

    assert.match(container.innerHTML, /role="alert">The renewal pipeline could not be loaded: Principal user is missing prvReadOpportunity privilege</);
    assert.strictEqual(container.attributes["aria-busy"], "false");
});

test("start_OutsideTheApp_SaysTheClientApiIsMissing", async () => {
    const { pipeline, document, container } = dashboardPage(undefined);

    await pipeline.start(document, Today);

    assert.match(container.innerHTML, /role="alert">.*the Dynamics 365 client API is not available/);
});
