/*
 * Web resource crr_/dashboard/pipelinemodel.js — the renewal pipeline's figures, computed from plain
 * records: renewals per month and risk category, ARR at risk (Yellow + Red) and each renewal's next
 * milestone. No client API and no DOM here, so the figures are testable on their own.
 */
(function (global) {
    "use strict";

    /** Values of the global choice crr_riskcategory (Solution/src/OptionSets/crr_riskcategory.xml). */
    const RiskCategory = Object.freeze({
        Green: 642310000,
        Yellow: 642310001,
        Red: 642310002,
        Expansion: 642310003,
    });

    /**
     * The chart's series, bottom of a bar first so the risk is what the eye meets first. "none" holds
     * renewals whose account was never evaluated, so every renewal is counted somewhere.
     */
    const Series = Object.freeze([
        Object.freeze({ key: "red", label: "Red", value: RiskCategory.Red, atRisk: true }),
        Object.freeze({ key: "yellow", label: "Yellow", value: RiskCategory.Yellow, atRisk: true }),
        Object.freeze({ key: "green", label: "Green", value: RiskCategory.Green, atRisk: false }),
        Object.freeze({ key: "expansion", label: "Expansion", value: RiskCategory.Expansion, atRisk: false }),
        Object.freeze({ key: "none", label: "Not evaluated", value: null, atRisk: false }),
    ]);

    /** Months shown after the current one; renewals further out are counted in one "Later" bar. */
    const HorizonMonths = 12;

    const DateOnlyPattern = /^(\d{4})-(\d{2})-(\d{2})/;

    function seriesOf(category) {
        return Series.find((s) => s.value === category) || Series.find((s) => s.value === null);
    }

    /** A date-only column value ("2026-03-31") as its calendar parts; never shifted by a time zone. */
    function parseDateOnly(text) {
        const match = DateOnlyPattern.exec(text || "");
        return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
    }

    function monthIndex(year, month) {
        return year * 12 + (month - 1);
    }

    function emptyCounts() {
        const counts = {};
        Series.forEach((s) => {
            counts[s.key] = { count: 0, arr: 0 };
        });
        return counts;
    }

    function newBucket(kind, index) {
        const year = Math.floor(index / 12);
        return { kind, year, month: (index % 12) + 1, total: 0, arr: 0, series: emptyCounts() };
    }

    /**
     * One bar per month from the current month to the last month holding a renewal (empty months in
     * between stay, so the axis is time), plus "overdue" before and "later" after the horizon, and
     * "undated" for renewals without a date, each only when used.
     */
    function monthBuckets(rows, today) {
        const first = monthIndex(today.getFullYear(), today.getMonth() + 1);
        const last = first + HorizonMonths - 1;
        const overdue = newBucket("overdue", first - 1);
        const later = newBucket("later", last + 1);
        const undated = newBucket("undated", first);
        const months = new Map();
        let lastUsed = first;
        rows.forEach((row) => {
            const date = row.renewalDate;
            const index = date ? monthIndex(date.year, date.month) : null;
            let bucket;
            if (index === null) {
                bucket = undated;
            } else if (index < first) {
                bucket = overdue;
            } else if (index > last) {
                bucket = later;
            } else {
                if (!months.has(index)) {
                    months.set(index, newBucket("month", index));
                }

                bucket = months.get(index);
                lastUsed = Math.max(lastUsed, index);
            }

            bucket.total += 1;
            bucket.arr += row.arr;
            bucket.series[row.series.key].count += 1;
            bucket.series[row.series.key].arr += row.arr;
        });

        const buckets = overdue.total > 0 ? [overdue] : [];
        for (let index = first; index <= lastUsed; index += 1) {
            buckets.push(months.get(index) || newBucket("month", index));
        }

        return buckets.concat([later, undated].filter((b) => b.total > 0));
    }

    /** The earliest open milestone task of each renewal (overdue ones included: they are still next). */
    function nextMilestones(tasks, today) {
        const startOfToday = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
        const next = new Map();
        tasks.forEach((task) => {
            const due = task.due ? new Date(task.due) : null;
            const current = next.get(task.renewalId);
            const time = due ? due.getTime() : Number.POSITIVE_INFINITY;
            if (!current || time < current.time) {
                next.set(task.renewalId, { label: task.label, due, time, overdue: time < startOfToday });
            }
        });
        return next;
    }

    function compareRows(a, b) {
        const key = (row) => (row.renewalDate ? (row.renewalDate.year * 100 + row.renewalDate.month) * 100 + row.renewalDate.day : Infinity);
        return key(a) === key(b) ? String(a.name).localeCompare(String(b.name)) : key(a) - key(b);
    }

    /**
     * The dashboard's figures.
     * @param {Array} renewals open renewals: { id, name, account, category, arr, arrText, renewalDate: "YYYY-MM-DD" }
     * @param {Array} tasks open milestone tasks: { renewalId, label, due: ISO date-time or null }
     * @param {Date} today the viewer's current date
     * @param {boolean} truncated whether the loader stopped before reading every record
     * @param {object} [exact] the server's totals of the next twelve months ({ arr, count, arrAtRisk, countAtRisk,
     *   redCount }), exact whatever was loaded; null or absent when unavailable
     * @param {boolean} [milestonesTruncated] whether the loader stopped before reading every open milestone task
     */
    function summarize(renewals, tasks, today, truncated, exact, milestonesTruncated) {
        const milestones = nextMilestones(tasks, today);
        const rows = renewals.map((renewal) => ({
            id: renewal.id,
            name: renewal.name,
            account: renewal.account,
            series: seriesOf(renewal.category),
            arr: typeof renewal.arr === "number" ? renewal.arr : 0,
            arrText: renewal.arrText || null,
            renewalDate: parseDateOnly(renewal.renewalDate),
            nextMilestone: milestones.get(renewal.id) || null,
        })).sort(compareRows);

        const atRisk = { count: 0, arr: 0 };
        let totalArr = 0;
        rows.forEach((row) => {
            totalArr += row.arr;
            if (row.series.atRisk) {
                atRisk.count += 1;
                atRisk.arr += row.arr;
            }
        });

        return {
            rows,
            buckets: rows.length > 0 ? monthBuckets(rows, today) : [],
            bySeries: Series.map((s) => ({
                series: s,
                count: rows.filter((r) => r.series === s).length,
                arr: rows.filter((r) => r.series === s).reduce((sum, r) => sum + r.arr, 0),
            })),
            atRisk,
            totalArr,
            truncated: Boolean(truncated),
            exact: exact || null,
            overdueRenewals: rows.filter((row) => row.nextMilestone && row.nextMilestone.overdue).length,
            milestonesTruncated: Boolean(milestonesTruncated),
        };
    }

    const namespace = (global.CrmRenewals = global.CrmRenewals || {});
    const pipeline = (namespace.RenewalPipeline = namespace.RenewalPipeline || {});
    pipeline.RiskCategory = RiskCategory;
    pipeline.Series = Series;
    pipeline.HorizonMonths = HorizonMonths;
    pipeline.parseDateOnly = parseDateOnly;
    pipeline.summarize = summarize;
}(globalThis));
