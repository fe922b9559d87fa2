"use strict";

// crr_/dashboard/pipelineview.js: the SVG chart, the ARR-at-risk figure, the table and the empty state.
const test = require("node:test");
const assert = require("node:assert");
const { loadBrowserScripts } = require("./fakes/browserScripts");
const { Category, Today, Renewals, MilestoneTasks } = require("./fakes/pipelineSamples");

const pipeline = loadBrowserScripts(["crr_/dashboard/pipelinemodel.js", "crr_/dashboard/pipelineview.js"]).CrmRenewals.RenewalPipeline;
const format = pipeline.createFormat(["en-GB"], "USD");

function sampleModel(renewals = Renewals, truncated = false) {
    return pipeline.summarize(renewals, MilestoneTasks, Today, truncated);
}

/** Every <rect> of the chart as { series, height, title }. */
function segments(svg) {
    const pattern = /<rect class="crr-series crr-series--(\w+)" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)"><title>([^<]*)<\/title><\/rect>/g;
    return [...svg.matchAll(pattern)].map((m) => ({ series: m[1], height: Number(m[2]), title: m[3] }));
}

test("renderChart_SampleData_DrawsOneSegmentPerMonthAndCategoryWithItsFigures", () => {
    const svg = pipeline.renderChart(sampleModel(), format);

    assert.deepStrictEqual(segments(svg).map((s) => s.title), [
        "Overdue, Red: 1 renewal, ARR US$20,000",
        "Feb 2026, Red: 1 renewal, ARR US$120,000",
        "Feb 2026, Yellow: 1 renewal, ARR US$30,000",
        "Mar 2026, Green: 1 renewal, ARR US$50,000",
        "Mar 2026, Not evaluated: 1 renewal, ARR US$10,000",
        "May 2026, Expansion: 1 renewal, ARR US$80,000",
    ]);
});

// The bars measure ARR: Feb 2026 holds US$150,000 (Red 120,000 + Yellow 30,000), the tallest bar, at the top tick.
test("renderChart_SampleData_DrawsSegmentHeightsProportionalToArr", () => {
    const heights = segments(pipeline.renderChart(sampleModel(), format)).map((s) => s.height);
    const arr = [20000, 120000, 30000, 50000, 10000, 80000];

    heights.forEach((height, i) => assert.ok(Math.abs(height / arr[i] - 236 / 150000) < 1e-4, `segment ${i}: ${height}`));
    assert.ok(Math.abs(heights[1] + heights[2] - 236) < 0.02);
});

test("renderChart_SampleData_LabelsEveryBarWithItsMonthAndArr", () => {
    const svg = pipeline.renderChart(sampleModel(), format);

    const labels = [...svg.matchAll(/<text class="crr-bar-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const totals = [...svg.matchAll(/<text class="crr-bar-total"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const years = [...svg.matchAll(/<text class="crr-bar-year"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    // Month names alone, so neighbouring labels never overlap; the year once, under the first month.
    assert.deepStrictEqual(labels, ["Overdue", "Jan", "Feb", "Mar", "Apr", "May"]);
    assert.deepStrictEqual(years, ["2026"]);
    assert.deepStrictEqual(totals, ["US$20k", "US$0", "US$150k", "US$60k", "US$0", "US$80k"]);
});

test("renderChart_SampleData_IsAnAccessibleImageWithATextDescription", () => {
    const svg = pipeline.renderChart(sampleModel(), format);

    assert.match(svg, /^<svg class="crr-chart" viewBox="0 0 720 300" role="img" aria-labelledby="crr-chart-title crr-chart-desc"/);
    assert.match(svg, /<title id="crr-chart-title">ARR up for renewal per month by risk category<\/title>/);
    assert.match(svg, /<desc id="crr-chart-desc">Overdue: ARR US\$20,000 in 1 renewal: Red US\$20,000; Jan 2026: ARR US\$0 in 0 renewals; Feb 2026: ARR US\$150,000 in 2 renewals: Red US\$120,000, Yellow US\$30,000;/);
    assert.match(svg, /<\/svg>$/);
});

test("renderPipeline_SampleData_ShowsTheArrAtRiskFigure", () => {
    const html = pipeline.renderPipeline(sampleModel(), format);

    assert.match(html, /<h2 id="crr-at-risk-title">ARR at risk \(Yellow \+ Red\)<\/h2><p class="crr-figure">US\$170,000<\/p>/);
    assert.match(html, /55% of US\$310,000 up for renewal; 3 renewals of 6: Red 2 \(US\$140,000\), Yellow 1 \(US\$30,000\)/);
});

test("renderPipeline_SampleData_ListsEveryRenewalWithRiskAsTextAndNextMilestone", () => {
    const html = pipeline.renderPipeline(sampleModel(), format);

    const rows = [...html.matchAll(/<tbody>(.*)<\/tbody>/g)][0][1].split("</tr>").filter((r) => r.length > 0);
    assert.strictEqual(rows.length, Renewals.length);
    assert.match(rows[1], /<th scope="row">Fabrikam renewal 2026<\/th><td data-label="Account">Fabrikam<\/td><td data-label="Renewal date">10 Feb 2026<\/td>/);
    assert.match(rows[1], /<span class="crr-swatch crr-series--yellow" aria-hidden="true"><\/span>Yellow<\/td>/);
    assert.match(rows[1], /T-45 Proposal \(due 27 Dec 2025\) <strong class="crr-overdue">Overdue<\/strong>/);
    assert.match(rows[2], /T-30 Proposal presentation and negotiation \(due 29 Jan 2026\)<\/td>/);
    // Each cell names its column, so a narrow screen can stack them as a card.
    assert.match(rows[3], /Not evaluated<\/td><td data-label="ARR" class="crr-number">\$10,000\.00<\/td><td data-label="Next milestone">No open milestone<\/td>/);
});

test("renderPipeline_SampleData_HasALegendNamingEveryCategoryWithItsCount", () => {
    const html = pipeline.renderPipeline(sampleModel(), format);

    const legend = [...html.matchAll(/<li><span class="crr-swatch crr-series--\w+" aria-hidden="true"><\/span>([^<]*)<\/li>/g)].map((m) => m[1]);
    assert.deepStrictEqual(legend, ["Red: 2", "Yellow: 1", "Green: 1", "Expansion: 1", "Not evaluated: 1"]);
});

test("renderPipeline_NoRenewals_ShowsTheEmptyStateOnly", () => {
    const html = pipeline.renderPipeline(pipeline.summarize([], [], Today, false), format);

    assert.strictEqual(html, pipeline.renderEmpty());
    assert.match(html, /^<p class="crr-empty" role="status">No open renewals\./);
    assert.doesNotMatch(html, /<svg|<table/);
});

test("renderPipeline_TextFromRecords_IsEscaped", () => {
    const renewals = [{ id: "x", name: "<img src=x onerror=alert(1)> & Co", account: "\"Quoted\" <Ltd>", category: Category.Red, arr: 5, renewalDate: "2026-02-01" }];

    const html = pipeline.renderPipeline(sampleModel(renewals), format);

    assert.doesNotMatch(html, /<img|<Ltd>/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt; &amp; Co/);
    assert.match(html, /&quot;Quoted&quot; &lt;Ltd&gt;/);
});

test("renderPipeline_Truncated_SaysOnlyTheFirstRenewalsAreShown", () => {
    const html = pipeline.renderPipeline(sampleModel(Renewals, true), format);

    assert.match(html, /<p class="crr-note" role="note">Showing the first 6 open renewals only\.<\/p>/);
});

test("renderPipeline_MilestonesTruncated_SaysSomeMayBeMissing", () => {
    const html = pipeline.renderPipeline(pipeline.summarize(Renewals, MilestoneTasks, Today, false, null, true), format);

    assert.match(html, /<p class="crr-note" role="note">There are more open milestone tasks than the page reads; a renewal showing "No open milestone" may have one\./);
});

test("renderPipeline_AllMilestonesRead_SaysNothingAboutThem", () => {
    assert.doesNotMatch(pipeline.renderPipeline(sampleModel(), format), /more open milestone tasks/);
});

function tiles(html) {
    return [...html.matchAll(/<li class="crr-tile"><span class="crr-tile-label">([^<]*)<\/span><span class="crr-tile-value">([^<]*)<\/span>(?:<span class="crr-tile-detail">([^<]*)<\/span>)?<\/li>/g)]
        .map((m) => [m[1], m[2], m[3] || ""]);
}

// From the loaded rows: US$310,000 over 6 renewals, 2 Red, and Fabrikam's next milestone (T-45, 27 Dec) is overdue.
test("renderPipeline_LoadedRowsOnly_TilesFromTheRows", () => {
    assert.deepStrictEqual(tiles(pipeline.renderPipeline(sampleModel(), format)), [
        ["Up for renewal", "US$310,000", "6 open renewals"],
        ["Red renewals", "2", "accounts at high risk"],
        ["Behind on a milestone", "1", "renewals whose next milestone is overdue"],
        ["Save success, last 12 months", "n/a", "Save metrics are not available."],
    ]);
});

test("renderPipeline_ServerFigures_TilesFromTheExactTotalsAndTheSaveMetrics", () => {
    const exact = { arr: 6200000, count: 6000, arrAtRisk: 4100000, countAtRisk: 4000, redCount: 2000 };
    const model = { ...pipeline.summarize(Renewals, MilestoneTasks, Today, true, exact), saves: { rate: 58.3, saved: 7, closed: 12, assessment: "Success rate 58.3% is within the solid 50–60%." } };

    const found = tiles(pipeline.renderPipeline(model, format));

    assert.deepStrictEqual(found[0], ["Up for renewal, next 12 months", "US$6,200,000", "6,000 open renewals"]);
    assert.deepStrictEqual(found[1], ["Red renewals", "2,000", "accounts at high risk"]);
    assert.deepStrictEqual(found[3], ["Save success, last 12 months", "58%", "7 of 12 closed save plans. Success rate 58.3% is within the solid 50–60%."]);
});

test("createFormat_WithoutCurrency_WritesPlainNumbers", () => {
    assert.strictEqual(pipeline.createFormat(["en-GB"], null).money(170000), "170,000");
});

test("renderError_Message_IsEscapedInAnAlert", () => {
    assert.strictEqual(pipeline.renderError("<denied>"), "<p class=\"crr-error\" role=\"alert\">The renewal pipeline could not be loaded: &lt;denied&gt;</p>");
});
