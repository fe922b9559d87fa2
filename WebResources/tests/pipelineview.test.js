"use strict";

// crr_/dashboard/pipelineview.js: the markup of the headline, tiles, chart, table and errors.
const test = require("node:test");
const assert = require("node:assert");
const { loadBrowserScripts } = require("./fakes/browserScripts");
const { Category, Today, figuresJson } = require("./fakes/pipelineSamples");

const pipeline = loadBrowserScripts(["crr_/dashboard/pipelinemodel.js", "crr_/dashboard/pipelineformat.js", "crr_/dashboard/pipelineview.js"]).CrmRenewals.RenewalPipeline;
const format = pipeline.createFormat(pipeline.userFormats(null, 1033, undefined, "USD"));
const figures = () => pipeline.parseFigures(figuresJson());

function heights(svg, series) {
    return [...svg.matchAll(new RegExp(`<rect class="crr-segment[^"]*" fill="url\\(#crr-pattern-${series}\\)"[^>]*height="([\\d.]+)"`, "g"))].map((m) => Number(m[1]));
}

test("renderChart_Figures_SegmentsMeasureArrNotCounts", () => {
    const svg = pipeline.renderChart(figures(), format, pipeline.NoFilter);

    // January: Red 120,000 over two renewals, Green 50,000 over one: the Red segment is 2.4 times as tall.
    const [red] = heights(svg, "red");
    const [green] = heights(svg, "green");
    assert.ok(Math.abs(red / green - 2.4) < 0.01, `red ${red} green ${green}`);
    assert.match(svg, /<title id="crr-chart-title">ARR up for renewal per month by risk category<\/title>/);
});

test("renderChart_EachCategory_HasItsOwnPatternForReadersWhoCannotTellTheColours", () => {
    const svg = pipeline.renderChart(figures(), format, pipeline.NoFilter);

    for (const key of ["red", "yellow", "green", "expansion", "none"]) {
        assert.match(svg, new RegExp(`<pattern id="crr-pattern-${key}"`));
    }

    // The marks differ: hatched, dotted, plain, lined, striped.
    assert.notStrictEqual(/crr-pattern-red[^]*?<\/pattern>/.exec(svg)[0].replace(/red/g, ""), /crr-pattern-yellow[^]*?<\/pattern>/.exec(svg)[0].replace(/yellow/g, ""));
});

test("renderChart_Segment_IsAKeyboardButtonFilteringItsMonthAndCategory", () => {
    const svg = pipeline.renderChart(figures(), format, pipeline.NoFilter);

    assert.match(svg, /role="button" tabindex="0" aria-label="Jan 2026, Red: 2 renewals, ARR \$120,000\. List them\." data-action="filter" data-year="2026" data-month="1" data-series="red"/);
    assert.match(svg, /<text class="crr-bar-label" [^>]*role="button" tabindex="0" aria-label="Jan 2026: 3 renewals, ARR \$170,000\. List them\." data-action="filter" data-year="2026" data-month="1">Jan<\/text>/);
});

test("renderChart_SelectedSegment_IsMarked", () => {
    const red = pipeline.seriesOf(Category.Red);
    const svg = pipeline.renderChart(figures(), format, { year: 2026, month: 1, series: red });

    assert.match(svg, /class="crr-segment crr-selected" fill="url\(#crr-pattern-red\)"/);
    assert.doesNotMatch(svg, /class="crr-segment crr-selected" fill="url\(#crr-pattern-green\)"/);
});

test("renderTiles_Figures_FiveButtonsOpeningTheirViews", () => {
    const html = pipeline.renderTiles(figures(), { rate: 58.3, saved: 7, closed: 12, assessment: "Within the solid 50–60%." }, null, format);

    assert.deepStrictEqual([...html.matchAll(/data-view="(\w+)"/g)].map((m) => m[1]), ["open", "atRisk", "red", "behind", "saves"]);
    assert.match(html, /Up for renewal<\/span><span class="crr-tile-value">\$208,000<\/span><span class="crr-tile-detail">5 open renewals/);
    assert.match(html, /Behind on a milestone<\/span><span class="crr-tile-value">1</);
    assert.match(html, /58%<\/span><span class="crr-tile-detail">7 of 12 closed save plans\. Within the solid 50–60%\./);
});

test("renderTiles_SaveMetricsFailed_TheTileSaysWhyAndTheOthersStay", () => {
    const html = pipeline.renderTiles(figures(), null, "Principal user is missing prvReadcrr_saveplan privilege", format);

    assert.match(html, /n\/a<\/span><span class="crr-tile-detail">Save metrics are not available: Principal user is missing prvReadcrr_saveplan privilege/);
    assert.match(html, /Red renewals<\/span><span class="crr-tile-value">2</);
});

test("renderFigures_NoOpenRenewals_SaysWhenOneAppears", () => {
    const empty = pipeline.parseFigures(JSON.stringify({ months: [], totals: {} }));

    assert.match(pipeline.renderFigures(empty, null, null, format, pipeline.NoFilter), /No open renewals\. A renewal opportunity appears here once it is generated before its contract ends/);
});

function row(i, overrides = {}) {
    return { id: `r${i}`, name: `Renewal <${i}>`, account: "Contoso", series: pipeline.seriesOf(Category.Red), arr: 1000, arrText: null, renewalDate: { year: 2026, month: 2, day: 28 }, nextMilestone: null, ...overrides };
}

test("renderTable_SecondPage_ShowsTheRangeOfTheTotalAndBothButtons", () => {
    const html = pipeline.renderTable({ rows: Array.from({ length: 25 }, (_, i) => row(i)), first: 26, total: 6000, hasPrevious: true, hasNext: true }, pipeline.NoFilter, format);

    assert.match(html, /Showing 26–50 of 6,000/);
    assert.match(html, /data-direction="previous">Previous</);
    assert.match(html, /data-direction="next">Next</);
    assert.doesNotMatch(html, /Show all renewals/);
    assert.strictEqual((html.match(/<tr>/g) || []).length, 26);
    // Every text is escaped.
    assert.match(html, /Renewal &lt;3&gt;/);
});

test("renderTable_FirstFilteredPage_PreviousDisabledAndShowAllOffered", () => {
    const html = pipeline.renderTable({ rows: [row(1, { nextMilestone: { label: "T-30 Proposal", due: new Date(2026, 0, 11, 9), overdue: true } })], first: 1, total: 1, hasPrevious: false, hasNext: false },
        { year: 2026, month: 2, series: pipeline.seriesOf(Category.Red) }, format);

    assert.match(html, /<caption>Red renewals ending in Feb 2026 and their next milestone<\/caption>/);
    assert.match(html, /data-direction="previous" disabled>/);
    assert.match(html, /data-action="clear-filter">Show all renewals/);
    assert.match(html, /T-30 Proposal \(due Jan 11, 2026\) <strong class="crr-overdue">Overdue<\/strong>/);
    assert.match(html, /data-action="open-record" data-id="r1"/);
});

// Rows: what the server says and what the CSM reads.
for (const [message, expected] of [
    ["Principal user (Id=1) is missing prvReadOpportunity privilege", /^You do not have permission to read the open renewals\. Ask your Dynamics 365 administrator for the Renewals CSM role \(Principal user/],
    ["Failed to fetch", /^The open renewals could not be loaded because the server could not be reached; check your connection and retry\.$/],
    ["Something else", /^The open renewals could not be loaded: Something else$/],
]) {
    test(`friendlyError_ServerMessage_WordsACsmCanActOn (${message.slice(0, 16)})`, () => {
        assert.match(pipeline.friendlyError("the open renewals", message), expected);
    });
}

test("renderPanelError_Panel_AlertWithARetryForThatPanel", () => {
    const html = pipeline.renderPanelError("table", "It <failed>");

    assert.match(html, /role="alert"><p>It &lt;failed&gt;<\/p><button type="button" data-action="retry" data-panel="table">Retry<\/button>/);
});

const Labels = new Map([[642310003, "T-45 Proposal"], [642310007, "T-0 Renewal day"]]);

test("renderMilestoneChart_Figures_OneBarPerMilestoneNamedInTheUsersLanguageNoneLast", () => {
    const svg = pipeline.renderMilestoneChart(figures(), format, pipeline.NoFilter, Labels);

    assert.deepStrictEqual([...svg.matchAll(/data-milestone="(\w+)">([^<]+)<\/text>/g)].map((m) => [m[1], m[2]]),
        [["642310003", "T-45 Proposal"], ["642310007", "T-0 Renewal day"], ["none", "No open milestone"]]);
    assert.match(svg, /aria-label="T-45 Proposal, Red: 2 renewals, ARR \$120,000\. List them\." data-action="filter" data-milestone="642310003" data-series="red"/);
});

test("renderMilestoneChart_UnknownLabel_NamesTheMilestoneByItsValue", () => {
    assert.match(pipeline.renderMilestoneChart(figures(), format, pipeline.NoFilter, new Map()), />Milestone 642310003</);
});

test("renderTable_MilestoneFilter_CaptionNamesTheMilestone", () => {
    const page = { rows: [row(1)], first: 1, total: 2, hasPrevious: false, hasNext: false };

    assert.match(pipeline.renderTable(page, { year: null, month: null, series: null, milestone: { value: 642310003 } }, format, Labels), /<caption>Open renewals whose next milestone is T-45 Proposal and their next milestone<\/caption>/);
    assert.match(pipeline.renderTable(page, { year: null, month: null, series: pipeline.seriesOf(Category.Red), milestone: { value: null } }, format, Labels), /<caption>Red renewals with no open milestone/);
});
