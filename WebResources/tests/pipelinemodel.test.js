"use strict";

// crr_/dashboard/pipelinemodel.js: the server's figures, the table's filter and page, next milestones.
const test = require("node:test");
const assert = require("node:assert");
const { loadBrowserScripts, plain } = require("./fakes/browserScripts");
const { Category, Today, figuresJson } = require("./fakes/pipelineSamples");

const pipeline = loadBrowserScripts(["crr_/dashboard/pipelinemodel.js"]).CrmRenewals.RenewalPipeline;

test("parseFigures_ServerFigures_MonthsStackedByCategoryWithTheirTotals", () => {
    const figures = pipeline.parseFigures(figuresJson());

    assert.strictEqual(figures.months.length, 12);
    const january = figures.months[0];
    assert.deepStrictEqual([january.year, january.month], [2026, 1]);
    assert.deepStrictEqual(plain(january.series.red), { arr: 120000, count: 2 });
    assert.deepStrictEqual(plain(january.total), { arr: 170000, count: 3 });
    assert.strictEqual(january.behind, 1);
    // Never evaluated accounts are counted in their own series, so every renewal is somewhere.
    assert.deepStrictEqual(plain(figures.months[2].series.none), { arr: 8000, count: 1 });
    assert.deepStrictEqual(plain(figures.totals), { arr: 208000, count: 5, arrAtRisk: 150000, countAtRisk: 3, redCount: 2, behind: 1 });
});

// Rows: what the server might answer that is not the plugin's shape, and the message naming what is wrong.
for (const [json, message] of [
    ["{}", /answered without months and totals/],
    [JSON.stringify({ months: [{ month: "January" }], totals: {} }), /answered a month "January"; expected yyyy-MM/],
    ["not json", /JSON/],
]) {
    test(`parseFigures_NotThePluginsShape_SaysWhatIsWrong (${json.slice(0, 20)})`, () => {
        assert.throws(() => pipeline.parseFigures(json), message);
    });
}

test("matching_FilterByMonthAndCategory_CountsFromTheExactFigures", () => {
    const figures = pipeline.parseFigures(figuresJson());
    const red = pipeline.seriesOf(Category.Red);

    assert.strictEqual(pipeline.matching(figures, pipeline.NoFilter), 5);
    assert.strictEqual(pipeline.matching(figures, { year: 2026, month: 1, series: null }), 3);
    assert.strictEqual(pipeline.matching(figures, { year: 2026, month: 1, series: red }), 2);
    assert.strictEqual(pipeline.matching(figures, { year: 2026, month: 3, series: pipeline.seriesOf(null) }), 1);
});

test("period_WholePeriodAndOneDecember_FirstDayToTheFirstDayAfter", () => {
    const figures = pipeline.parseFigures(figuresJson());

    assert.deepStrictEqual(plain(pipeline.period(figures, pipeline.NoFilter)), { from: "2026-01-01", to: "2027-01-01" });
    assert.deepStrictEqual(plain(pipeline.period(figures, { year: 2026, month: 12, series: null })), { from: "2026-12-01", to: "2027-01-01" });
    assert.strictEqual(pipeline.period(figures, { year: 2030, month: 1, series: null }), null);
});

test("seriesOf_UnknownOrMissingCategory_IsNotEvaluated", () => {
    assert.strictEqual(pipeline.seriesOf(Category.Yellow).key, "yellow");
    assert.strictEqual(pipeline.seriesOf(null).key, "none");
    assert.strictEqual(pipeline.seriesOf(123).key, "none");
    assert.strictEqual(pipeline.seriesByKey("expansion").value, Category.Expansion);
    assert.strictEqual(pipeline.seriesByKey("purple"), null);
});

test("nextMilestones_TwoTasksOfARenewal_TheEarliestIsNextAndAPastOneIsOverdue", () => {
    const next = pipeline.nextMilestones([
        { renewalId: "a", label: "T-14 Final negotiation", due: "2026-02-14T09:00:00Z" },
        { renewalId: "a", label: "T-30 Proposal", due: "2026-01-29T09:00:00Z" },
        { renewalId: "b", label: "T-45 Proposal", due: "2026-01-11T09:00:00Z" },
        { renewalId: "c", label: "Review", due: null },
    ], Today);

    assert.strictEqual(next.get("a").label, "T-30 Proposal");
    assert.strictEqual(next.get("a").overdue, false);
    assert.strictEqual(next.get("b").overdue, true);
    assert.strictEqual(next.get("c").due, null);
    assert.strictEqual(next.has("d"), false);
});

test("parseDateOnly_DateOnlyValue_CalendarPartsWithoutATimeZoneShift", () => {
    assert.deepStrictEqual(plain(pipeline.parseDateOnly("2026-03-31")), { year: 2026, month: 3, day: 31 });
    assert.strictEqual(pipeline.parseDateOnly(null), null);
});

// Rows: the first page, the second page, an empty page, and a last page the server counts fewer than (a renewal
// created since the figures were read): "of" never says fewer than the rows shown.
for (const [page, expected] of [
    [{ rows: new Array(25), first: 1, total: 6000 }, { from: 1, to: 25, of: 6000 }],
    [{ rows: new Array(25), first: 26, total: 6000 }, { from: 26, to: 50, of: 6000 }],
    [{ rows: [], first: 1, total: 0 }, { from: 0, to: 0, of: 0 }],
    [{ rows: new Array(3), first: 1, total: 2 }, { from: 1, to: 3, of: 3 }],
]) {
    test(`shownRange_Page_FirstLastAndTotal (${JSON.stringify(expected)})`, () => {
        assert.deepStrictEqual(plain(pipeline.shownRange(page)), expected);
    });
}

test("parseFigures_ByNextMilestone_OneEntryPerMilestoneWithItsSeries", () => {
    const figures = pipeline.parseFigures(figuresJson());

    assert.deepStrictEqual(plain(figures.milestones.map((m) => m.value)), [642310003, 642310007, null]);
    assert.deepStrictEqual(plain(figures.milestones[1].total), { arr: 80000, count: 2 });
    assert.deepStrictEqual(plain(figures.milestones[2].series.none), { arr: 8000, count: 1 });
});

test("matching_FilterByNextMilestone_CountsFromTheMilestoneFigures", () => {
    const figures = pipeline.parseFigures(figuresJson());

    assert.strictEqual(pipeline.matching(figures, { year: null, month: null, series: null, milestone: { value: 642310007 } }), 2);
    assert.strictEqual(pipeline.matching(figures, { year: null, month: null, series: pipeline.seriesOf(Category.Green), milestone: { value: 642310007 } }), 1);
    assert.strictEqual(pipeline.matching(figures, { year: null, month: null, series: null, milestone: { value: null } }), 1);
});

// Figures of a server that predates the milestone figures still parse: there is simply no milestone chart.
test("parseFigures_NoMilestones_AnEmptyList", () => {
    const figures = pipeline.parseFigures(JSON.stringify({ months: [], totals: {} }));

    assert.deepStrictEqual(plain(figures.milestones), []);
});
