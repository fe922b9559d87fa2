// The renewal pipeline dashboard in Debian's Chromium, hosted with a fake Xrm: on the emulator's data (the figures the
// real plugins computed), at desktop and phone widths, with 6,000 renewals, with nothing to show, and when the server
// refuses all or part of it.
import test from "node:test";
import assert from "node:assert";
import { statSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { startHost } from "./host.mjs";
import { launch, ScreenshotFolder } from "./browser.mjs";
import { emulatorFixture, syntheticPipeline } from "./fixtures.mjs";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const Page = "crr_/dashboard/renewalpipeline.html";
const number = new Intl.NumberFormat("en-US");
const money = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

let browser;
let emulator;
test.before(async () => {
    emulator = emulatorFixture();
    browser = await launch();
});
test.after(async () => { await browser?.close(); });

const idle = (page) => page.waitForFunction(() => document.getElementById("crr-pipeline").getAttribute("aria-busy") === "false");

/** Opens the page on a fixture at a width and waits until it has rendered; the caller closes it. */
async function open(fixture, width) {
    const host = await startHost(fixture);
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: "en-US" });
    await page.goto(host.url(Page));
    await idle(page);
    return { page, close: async () => { await page.close(); await host.close(); } };
}

/** Saves a screenshot and checks it is not blank (a blank page compresses to a few hundred bytes). */
async function shot(page, name, fullPage = false) {
    const file = join(ScreenshotFolder, name);
    await page.screenshot({ path: file, fullPage });
    assert.ok(statSync(file).size > 5000, `${name} has content (${statSync(file).size} bytes)`);
    return file;
}

async function facts(page, name) {
    const file = await shot(page, name);
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ["violations"] })).violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`));
    return await page.evaluate(() => ({
        text: document.body.innerText,
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        rows: document.querySelectorAll("table.crr-renewals tbody tr").length,
        segments: document.querySelectorAll("svg.crr-chart rect.crr-segment").length,
        nodes: document.getElementsByTagName("*").length,
    })).then((found) => ({ ...found, violations, screenshot: statSync(file).size }));
}

const figuresOf = (fixture) => JSON.parse(fixture.apis.crr_GetRenewalPipeline.body.Figures);

test("dashboard_EmulatorData_HeadlineTilesAndTableShowTheServersExactFigures", async () => {
    const totals = figuresOf(emulator).totals;
    const { page, close } = await open(emulator, 1280);
    try {
        const found = await facts(page, "dashboard-1280.png");

        assert.match(found.text, /ARR at risk \(Yellow \+ Red\), next 12 months/);
        assert.ok(found.text.includes(money.format(totals.arrAtRisk)), `headline ${money.format(totals.arrAtRisk)}`);
        assert.ok(found.text.includes(`${number.format(totals.countAtRisk)} renewals of ${number.format(totals.count)}, Red ${number.format(totals.redCount)}; every open renewal counted`));
        assert.match(found.text, new RegExp(`Behind on a milestone\\s+${totals.behind}\\s+renewals whose next milestone is overdue`));
        assert.ok(found.text.includes(`Showing 1–${Math.min(25, totals.count)} of ${number.format(totals.count)}`), "showing N of M");
        assert.strictEqual(found.rows, Math.min(25, totals.count));
        assert.ok(found.segments > 0, "the chart has segments");
        assert.ok(found.screenshot > 10000, `the screenshot has content (${found.screenshot} bytes)`);
        assert.deepStrictEqual(found.violations, [], "axe-core: no serious or critical accessibility violation");
    } finally {
        await close();
    }
});

// A bar's segment lists its month's renewals of its category, counted as the server counts them.
test("dashboard_RedSegmentClicked_TheTableListsThatMonthsRedRenewals", async () => {
    const figures = figuresOf(emulator);
    const index = figures.months.findIndex((m) => m.Red.count > 0);
    const { page, close } = await open(emulator, 1280);
    try {
        const month = figures.months[index];
        await page.click(`rect.crr-segment[data-series="red"][data-month="${Number(month.month.slice(5))}"][data-year="${month.month.slice(0, 4)}"]`);
        await idle(page);
        await shot(page, "dashboard-red-segment.png");

        const risks = await page.$$eval("table.crr-renewals tbody td[data-label=Risk]", (cells) => cells.map((c) => c.textContent));
        assert.ok(risks.length > 0);
        assert.deepStrictEqual([...new Set(risks)], ["Red"]);
        assert.match(await page.textContent("table.crr-renewals caption"), /^Red renewals ending in /);
        assert.match(await page.textContent(".crr-paging-status"), new RegExp(`of ${month.Red.count}$`));

        await page.click("button[data-action=clear-filter]");
        await idle(page);
        assert.match(await page.textContent(".crr-paging-status"), new RegExp(`of ${number.format(figures.totals.count)}$`));
    } finally {
        await close();
    }
});

// A next milestone's bar lists the renewals whose next milestone it is, as many as the server counts.
test("dashboard_MilestoneBarClicked_TheTableListsItsRenewals", async () => {
    const figures = figuresOf(emulator);
    const milestone = figures.milestones.find((m) => m.milestone !== null);
    const count = ["Red", "Yellow", "Green", "Expansion", "NotEvaluated"].reduce((sum, key) => sum + milestone[key].count, 0);
    const label = emulator.metadata.opportunity.crr_nextmilestone.find((o) => o.Value === milestone.milestone).Label;
    const { page, close } = await open(emulator, 1280);
    try {
        await page.click(`text.crr-bar-label[data-milestone="${milestone.milestone}"]`);
        await idle(page);
        await shot(page, "dashboard-milestone.png", true);

        assert.strictEqual(await page.textContent("table.crr-renewals caption"), `Open renewals whose next milestone is ${label} and their next milestone`);
        assert.match(await page.textContent(".crr-paging-status"), new RegExp(`of ${number.format(count)}$`));
    } finally {
        await close();
    }
});

test("dashboard_RedTileClicked_OpensTheOpenRedRenewalsView", async () => {
    const { page, close } = await open(emulator, 1280);
    try {
        await page.click("button[data-view=red]");

        const navigations = await page.evaluate(() => window.__navigations);
        assert.deepStrictEqual(navigations, [{ pageType: "entitylist", entityName: "opportunity", viewId: "e068f682-36a2-426c-a06c-9b6705b8d1d2" }]);
    } finally {
        await close();
    }
});

// A phone: nothing may push the page sideways; the chart scrolls inside its own box and the table becomes cards.
test("dashboard_At420Pixels_HasNoHorizontalScroll", async () => {
    const { page, close } = await open(emulator, 420);
    try {
        const found = await facts(page, "dashboard-420.png");

        assert.ok(found.scrollWidth <= found.innerWidth, `page is ${found.scrollWidth}px wide in a ${found.innerWidth}px window`);
        assert.deepStrictEqual(found.violations, [], "axe-core: no serious or critical accessibility violation");
        assert.match(found.text, /ARR at risk/);
    } finally {
        await close();
    }
});

test("dashboard_SixThousandRenewals_OnePageOf25RowsThatPagesOn", async () => {
    const { page, close } = await open(syntheticPipeline(6000), 1280);
    try {
        const found = await facts(page, "dashboard-6000.png");

        assert.match(found.text, /Showing 1–25 of 6,000/);
        assert.strictEqual(found.rows, 25);
        assert.ok(found.nodes < 2000, `${found.nodes} DOM nodes`);
        await page.click("button[data-direction=next]");
        await idle(page);
        assert.match(await page.textContent(".crr-paging-status"), /Showing 26–50 of 6,000/);
        await page.click("button[data-direction=previous]");
        await idle(page);
        assert.match(await page.textContent(".crr-paging-status"), /Showing 1–25 of 6,000/);
    } finally {
        await close();
    }
});

test("dashboard_NoOpenRenewals_ShowsTheEmptyState", async () => {
    const { page, close } = await open(syntheticPipeline(0), 1280);
    try {
        const found = await facts(page, "dashboard-empty.png");

        assert.match(found.text, /No open renewals\. A renewal opportunity appears here once it is generated/);
    } finally {
        await close();
    }
});

// One missing privilege must not blank the page: the figures stay, the table says in words what to ask for.
test("dashboard_RenewalsUnreadable_OnlyTheTableSaysWhatToAskFor", async () => {
    const { page, close } = await open({ ...emulator, failTables: ["opportunity"] }, 1280);
    try {
        const found = await facts(page, "dashboard-error.png");

        assert.match(found.text, /ARR at risk/);
        assert.match(found.text, /You do not have permission to read the open renewals\. Ask your Dynamics 365 administrator for the Renewals CSM role/);
        assert.deepStrictEqual(found.violations, [], "axe-core: no serious or critical accessibility violation");
    } finally {
        await close();
    }
});

test("dashboard_FiguresRefusedOnce_RetryShowsThem", async () => {
    const fixture = { ...emulator, apis: { ...emulator.apis, crr_GetRenewalPipeline: { ...emulator.apis.crr_GetRenewalPipeline, refuse: "Generic SQL error." } } };
    const { page, close } = await open(fixture, 1280);
    try {
        assert.match(await page.textContent("#crr-figures"), /The pipeline's figures could not be loaded: Generic SQL error\./);

        await page.click("button[data-action=retry][data-panel=figures]");
        await idle(page);

        assert.match(await page.textContent("#crr-figures"), /ARR at risk/);
    } finally {
        await close();
    }
});
