"use strict";

// crr_/dashboard/pipelinemodel.js: grouping per month and category, sums, next milestone.
const test = require("node:test");
const assert = require("node:assert");
const { loadBrowserScripts, plain } = require("./fakes/browserScripts");
const { Category, Today, Renewals, MilestoneTasks } = require("./fakes/pipelineSamples");

const pipeline = loadBrowserScripts(["crr_/dashboard/pipelinemodel.js"]).CrmRenewals.RenewalPipeline;

/** A bucket as kind, month and its non-empty series counts, e.g. "month 2026-02 red:1 yellow:1". */
function describeBucket(bucket) {
    const series = Object.keys(bucket.series).filter((key) => bucket.series[key].count > 0)
        .map((key) => `${key}:${bucket.series[key].count}`);
    return [bucket.kind, `${bucket.year}-${String(bucket.month).padStart(2, "0")}`, ...series].join(" ");
}

test("summarize_SampleRenewals_GroupsPerMonthByRiskCategoryWithEmptyMonthsKept", () => {
    const model = pipeline.summarize(Renewals, MilestoneTasks, Today, false);

    assert.deepStrictEqual(plain(model.buckets.map(describeBucket)), [
        "overdue 2025-12 red:1",
        "month 2026-01",
        "month 2026-02 red:1 yellow:1",
        "month 2026-03 green:1 none:1",
        "month 2026-04",
        "month 2026-05 expansion:1",
    ]);
    assert.deepStrictEqual(plain(model.buckets.map((b) => b.total)), [1, 0, 2, 2, 0, 1]);
});

test("summarize_SampleRenewals_SumsArrPerBucketAndSeries", () => {
    const february = pipeline.summarize(Renewals, MilestoneTasks, Today, false).buckets[2];

    assert.strictEqual(february.arr, 150000);
    assert.deepStrictEqual(plain(february.series.red), { count: 1, arr: 120000 });
    assert.deepStrictEqual(plain(february.series.yellow), { count: 1, arr: 30000 });
});

test("summarize_ArrAtRisk_IsYellowPlusRedOnly", () => {
    const model = pipeline.summarize(Renewals, MilestoneTasks, Today, false);

    // Red 120,000 + 20,000 and Yellow 30,000; Green, Expansion and not evaluated are not at risk.
    assert.deepStrictEqual(plain(model.atRisk), { count: 3, arr: 170000 });
    assert.strictEqual(model.totalArr, 310000);
    assert.deepStrictEqual(plain(model.bySeries.map((e) => [e.series.key, e.count, e.arr])), [
        ["red", 2, 140000], ["yellow", 1, 30000], ["green", 1, 50000], ["expansion", 1, 80000], ["none", 1, 10000],
    ]);
});

test("summarize_Rows_AreSortedByRenewalDate", () => {
    const model = pipeline.summarize(Renewals, MilestoneTasks, Today, false);

    assert.deepStrictEqual(plain(model.rows.map((r) => r.id)), ["f", "b", "a", "e", "c", "d"]);
});

test("summarize_NextMilestone_IsTheEarliestOpenTaskOfEachRenewal", () => {
    const rows = pipeline.summarize(Renewals, MilestoneTasks, Today, false).rows;
    const next = (id) => rows.find((r) => r.id === id).nextMilestone;

    assert.strictEqual(next("a").label, "T-30 Proposal presentation and negotiation");
    assert.strictEqual(next("a").overdue, false);
    assert.strictEqual(next("b").label, "T-45 Proposal");
    assert.strictEqual(next("b").overdue, true);
    assert.strictEqual(next("c"), null);
});

test("summarize_RenewalsBeyondTheHorizonOrWithoutDate_GetTheirOwnBars", () => {
    const renewals = [
        { id: "x", name: "Far", category: Category.Green, arr: 1, renewalDate: "2027-06-30" },
        { id: "y", name: "Undated", category: Category.Red, arr: 2, renewalDate: null },
        { id: "z", name: "Now", category: Category.Yellow, arr: 3, renewalDate: "2026-01-20" },
    ];

    const model = pipeline.summarize(renewals, [], Today, false);

    assert.deepStrictEqual(plain(model.buckets.map((b) => `${b.kind}:${b.total}`)), ["month:1", "later:1", "undated:1"]);
});

test("summarize_NoRenewals_HasNoBucketsAndZeroSums", () => {
    const model = pipeline.summarize([], [], Today, false);

    assert.strictEqual(model.rows.length, 0);
    assert.strictEqual(model.buckets.length, 0);
    assert.deepStrictEqual(plain(model.atRisk), { count: 0, arr: 0 });
});

test("parseDateOnly_DateOnlyValue_KeepsTheCalendarDayWhateverTheTimeZone", () => {
    assert.deepStrictEqual(plain(pipeline.parseDateOnly("2026-03-01")), { year: 2026, month: 3, day: 1 });
    assert.strictEqual(pipeline.parseDateOnly("not a date"), null);
});
