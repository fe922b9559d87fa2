// The renewal pipeline page in Debian's Chromium, hosted with a fake Xrm: what a CSM sees at desktop and phone
// widths, with 6,000 renewals, with nothing to show, and when the server refuses.
import test from "node:test";
import assert from "node:assert";
import { statSync } from "node:fs";
import { join } from "node:path";
import { startHost } from "./host.mjs";
import { launch, ScreenshotFolder } from "./browser.mjs";
import { createRequire } from "node:module";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

const Red = 642310002;
const Yellow = 642310001;
const Green = 642310000;
const Page = "crr_/dashboard/renewalpipeline.html";

function renewal(i, overrides = {}) {
    const month = String(1 + (i % 12)).padStart(2, "0");
    return {
        opportunityid: `r${i}`,
        name: `Renewal ${i}`,
        "_customerid_value@OData.Community.Display.V1.FormattedValue": `Account ${i}`,
        crr_riskcategory: [Red, Yellow, Green][i % 3],
        estimatedvalue: 10000 + (i % 40) * 1000,
        crr_termenddate: `2027-${month}-15`,
        ...overrides,
    };
}

const saveMetrics = { SaveSuccessRate: 58.3, SuccessfulSaves: 7, ClosedSavePlans: 12, SuccessAssessment: "Success rate 58.3% is within the solid 50–60%." };
const pipelineFigures = { Figures: JSON.stringify({ totals: { arr: 6200000, count: 6000, arrAtRisk: 4100000, countAtRisk: 4000, redCount: 2000 } }), Queries: 48 };

let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser?.close(); });

/** Opens the page at a width, waits until it has rendered, saves a screenshot, and returns facts about it. */
async function open(fixture, width, shot) {
    const host = await startHost(fixture);
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    try {
        await page.goto(host.url(Page));
        await page.waitForFunction(() => document.getElementById("crr-pipeline").getAttribute("aria-busy") === "false");
        const file = join(ScreenshotFolder, shot);
        await page.screenshot({ path: file, fullPage: false });
        await page.addScriptTag({ path: axePath });
        const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ["violations"] })).violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`));
        return await page.evaluate(() => ({
            text: document.body.innerText,
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
            rows: document.querySelectorAll("table.crr-renewals tbody tr").length,
            bars: document.querySelectorAll("svg.crr-chart rect").length,
        })).then((facts) => ({ ...facts, violations, screenshot: statSync(file).size }));
    } finally {
        await page.close();
        await host.close();
    }
}

test("dashboard_Desktop_ShowsTheExactHeadlineTheChartAndTheTable", async () => {
    const facts = await open({ tables: { opportunity: Array.from({ length: 30 }, (_, i) => renewal(i)) }, apis: { crr_GetRenewalPipeline: { body: pipelineFigures }, crr_GetSaveMetrics: { body: saveMetrics } } }, 1280, "dashboard-1280.png");

    assert.match(facts.text, /ARR at risk \(Yellow \+ Red\), next 12 months/);
    assert.match(facts.text, /4,000 renewals of 6,000, Red 2,000; every open renewal counted/);
    assert.match(facts.text, /Save success, last 12 months\s+58%\s+7 of 12 closed save plans/);
    assert.ok(facts.bars > 0, "the chart has bars");
    assert.strictEqual(facts.rows, 30);
    assert.ok(facts.screenshot > 10000, `the screenshot has content (${facts.screenshot} bytes)`);
    assert.deepStrictEqual(facts.violations, [], "axe-core: no serious or critical accessibility violation");
});

// A phone: nothing may push the page sideways; the table scrolls inside its own box.
test("dashboard_At420Pixels_HasNoHorizontalScroll", async () => {
    const facts = await open({ tables: { opportunity: Array.from({ length: 30 }, (_, i) => renewal(i)) }, apis: { crr_GetRenewalPipeline: { body: pipelineFigures }, crr_GetSaveMetrics: { body: saveMetrics } } }, 420, "dashboard-420.png");

    assert.ok(facts.scrollWidth <= facts.innerWidth, `page is ${facts.scrollWidth}px wide in a ${facts.innerWidth}px window`);
    assert.deepStrictEqual(facts.violations, [], "axe-core: no serious or critical accessibility violation");
    assert.match(facts.text, /ARR at risk/);
});

test("dashboard_SixThousandRenewals_SaysTheTableShowsTheFirst5000AndTheHeadlineCountsAll", async () => {
    const facts = await open({ tables: { opportunity: Array.from({ length: 6000 }, (_, i) => renewal(i)) }, apis: { crr_GetRenewalPipeline: { body: pipelineFigures } } }, 1280, "dashboard-6000.png");

    assert.match(facts.text, /Showing the first 5,000 open renewals only; the figures above count every open renewal of the next 12 months\./);
    assert.strictEqual(facts.rows, 5000);
});

test("dashboard_NoOpenRenewals_ShowsTheEmptyState", async () => {
    const facts = await open({ tables: {}, apis: { crr_GetRenewalPipeline: { body: pipelineFigures } } }, 1280, "dashboard-empty.png");

    assert.match(facts.text, /No open renewals\. A renewal opportunity appears here once it is generated/);
});

test("dashboard_ReadRefused_ShowsTheReason", async () => {
    const facts = await open({ failWith: "Principal user is missing prvReadOpportunity privilege" }, 1280, "dashboard-error.png");

    assert.match(facts.text, /The renewal pipeline could not be loaded: Principal user is missing prvReadOpportunity privilege/);
});
