/*
 * Web resource crr_/dashboard/pipelinemodel.js — the renewal pipeline's figures, compiled from this file: the server's
 * figures (crr_GetRenewalPipeline, exact at any size) as months stacked by risk category, the tiles' totals, the
 * renewals table's page (which renewals, their next milestone, "showing N of M"). No client API and no DOM here, so the
 * figures are testable on their own.
 */
namespace CrmRenewals.RenewalPipeline {
    /** Values of the global choice crr_riskcategory (Solution/src/OptionSets/crr_riskcategory.xml). */
    export const RiskCategory = Object.freeze({
        Green: 642310000,
        Yellow: 642310001,
        Red: 642310002,
        Expansion: 642310003,
    });

    /** One category of the chart: its key (CSS class, pattern id), its label, the figures' name and its option value. */
    export interface Series {
        readonly key: "red" | "yellow" | "green" | "expansion" | "none";
        readonly label: string;
        readonly figure: "Red" | "Yellow" | "Green" | "Expansion" | "NotEvaluated";
        readonly value: number | null;
        readonly atRisk: boolean;
    }

    /**
     * The chart's series, bottom of a bar first so the risk is what the eye meets first. "none" holds renewals whose
     * account was never evaluated, so every renewal is counted somewhere.
     */
    export const AllSeries: readonly Series[] = Object.freeze([
        Object.freeze({ key: "red", label: "Red", figure: "Red", value: RiskCategory.Red, atRisk: true }),
        Object.freeze({ key: "yellow", label: "Yellow", figure: "Yellow", value: RiskCategory.Yellow, atRisk: true }),
        Object.freeze({ key: "green", label: "Green", figure: "Green", value: RiskCategory.Green, atRisk: false }),
        Object.freeze({ key: "expansion", label: "Expansion", figure: "Expansion", value: RiskCategory.Expansion, atRisk: false }),
        Object.freeze({ key: "none", label: "Not evaluated", figure: "NotEvaluated", value: null, atRisk: false }),
    ] as Series[]);

    /** A sum of ARR over a number of renewals. */
    export interface Figure { arr: number; count: number }

    /** One month of the server's figures. */
    export interface Month {
        year: number;
        month: number;
        total: Figure;
        series: Record<Series["key"], Figure>;
        behind: number;
    }

    /** The server's totals of the period. */
    export interface Totals {
        arr: number;
        count: number;
        arrAtRisk: number;
        countAtRisk: number;
        redCount: number;
        behind: number;
    }

    /** Open renewals of the period with one next milestone (value of the choice crr_milestone; null: none open). */
    export interface MilestoneFigure {
        value: number | null;
        total: Figure;
        series: Record<Series["key"], Figure>;
    }

    /** What the charts, the headline and the tiles show. */
    export interface Figures {
        months: Month[];
        milestones: MilestoneFigure[];
        totals: Totals;
    }

    /** The response Figures of crr_GetRenewalPipeline, as the plugin writes it (Domain/Pipeline/PipelineFigures). */
    interface FiguresJson {
        months: Array<Record<string, unknown> & { month: string; behind?: number }>;
        milestones?: Array<Record<string, unknown> & { milestone: number | null }>;
        totals: Partial<Totals>;
    }

    /** Each series' figure of one entry, and their sum. */
    function bySeries(entry: Record<string, unknown>): { total: Figure; series: Record<Series["key"], Figure> } {
        const series = {} as Record<Series["key"], Figure>;
        const total: Figure = { arr: 0, count: 0 };
        AllSeries.forEach((s) => {
            const figure = figureOf(entry[s.figure]);
            series[s.key] = figure;
            total.arr += figure.arr;
            total.count += figure.count;
        });
        return { total, series };
    }

    const MonthPattern = /^(\d{4})-(\d{2})$/;
    const DateOnlyPattern = /^(\d{4})-(\d{2})-(\d{2})/;

    function figureOf(value: unknown): Figure {
        const figure = (value || {}) as Partial<Figure>;
        return { arr: Number(figure.arr) || 0, count: Number(figure.count) || 0 };
    }

    /** The server's figures, read from its JSON; throws with what is wrong when it is not the shape the plugin writes. */
    export function parseFigures(json: string): Figures {
        const parsed = JSON.parse(json) as FiguresJson;
        if (!parsed || !Array.isArray(parsed.months) || !parsed.totals) {
            throw new Error("crr_GetRenewalPipeline answered without months and totals");
        }

        const months = parsed.months.map((entry) => {
            const match = MonthPattern.exec(String(entry.month));
            if (!match) {
                throw new Error(`crr_GetRenewalPipeline answered a month "${entry.month}"; expected yyyy-MM`);
            }

            return { year: Number(match[1]), month: Number(match[2]), ...bySeries(entry), behind: Number(entry.behind) || 0 };
        });
        const milestones = (parsed.milestones || []).map((entry) => ({ value: typeof entry.milestone === "number" ? entry.milestone : null, ...bySeries(entry) }));
        const totals = parsed.totals;
        return {
            months,
            milestones,
            totals: {
                arr: Number(totals.arr) || 0,
                count: Number(totals.count) || 0,
                arrAtRisk: Number(totals.arrAtRisk) || 0,
                countAtRisk: Number(totals.countAtRisk) || 0,
                redCount: Number(totals.redCount) || 0,
                behind: Number(totals.behind) || 0,
            },
        };
    }

    export function seriesOf(category: number | null | undefined): Series {
        return AllSeries.find((s) => s.value === category) || AllSeries[AllSeries.length - 1];
    }

    export function seriesByKey(key: string): Series | null {
        return AllSeries.find((s) => s.key === key) || null;
    }

    /** A calendar date without a time zone. */
    export interface DateOnly { year: number; month: number; day: number }

    /** A date-only column value ("2026-03-31") as its calendar parts; never shifted by a time zone. */
    export function parseDateOnly(text: string | null | undefined): DateOnly | null {
        const match = DateOnlyPattern.exec(text || "");
        return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
    }

    /**
     * The table's filter: every open renewal of the period, or those of one month or of one next milestone (a bar), of
     * one category, or both (a bar's segment). milestone is null for no milestone filter; its value null means "none open".
     */
    export interface TableFilter {
        year: number | null;
        month: number | null;
        series: Series | null;
        milestone?: { value: number | null } | null;
    }

    export const NoFilter: TableFilter = Object.freeze({ year: null, month: null, series: null, milestone: null });

    /** How many renewals the filter matches, from the server's exact figures. */
    export function matching(figures: Figures, filter: TableFilter): number {
        const count = (entry: { total: Figure; series: Record<Series["key"], Figure> }): number => (filter.series ? entry.series[filter.series.key].count : entry.total.count);
        if (filter.milestone) {
            const value = filter.milestone.value;
            return figures.milestones.filter((m) => m.value === value).reduce((sum, m) => sum + count(m), 0);
        }

        const months = filter.year === null ? figures.months : figures.months.filter((m) => m.year === filter.year && m.month === filter.month);
        return months.reduce((sum, m) => sum + count(m), 0);
    }

    /** The first days of the period and of the month after it ("yyyy-MM-dd"), for the table's query. */
    export function period(figures: Figures, filter: TableFilter): { from: string; to: string } | null {
        const months = filter.year === null ? figures.months : figures.months.filter((m) => m.year === filter.year && m.month === filter.month);
        if (months.length === 0) {
            return null;
        }

        const day = (year: number, month: number): string => `${year}-${String(month).padStart(2, "0")}-01`;
        const last = months[months.length - 1];
        const after = last.month === 12 ? { year: last.year + 1, month: 1 } : { year: last.year, month: last.month + 1 };
        return { from: day(months[0].year, months[0].month), to: day(after.year, after.month) };
    }

    /** An open milestone task of a renewal on the page. */
    export interface MilestoneTask { renewalId: string; label: string; due: string | null }

    /** A renewal's next milestone: its earliest open milestone task (an overdue one is still next). */
    export interface NextMilestone { label: string; due: Date | null; overdue: boolean }

    /** The earliest open milestone task of each renewal. */
    export function nextMilestones(tasks: readonly MilestoneTask[], now: Date): Map<string, NextMilestone> {
        const next = new Map<string, NextMilestone & { time: number }>();
        tasks.forEach((task) => {
            const due = task.due ? new Date(task.due) : null;
            const time = due ? due.getTime() : Number.POSITIVE_INFINITY;
            const current = next.get(task.renewalId);
            if (!current || time < current.time) {
                next.set(task.renewalId, { label: task.label, due, time, overdue: time < now.getTime() });
            }
        });
        return new Map(Array.from(next.entries()).map(([id, { label, due, overdue }]) => [id, { label, due, overdue }]));
    }

    /** A renewal as the table shows it. */
    export interface Row {
        id: string;
        name: string;
        account: string | null;
        series: Series;
        arr: number;
        arrText: string | null;
        renewalDate: DateOnly | null;
        nextMilestone: NextMilestone | null;
    }

    /** One page of the table: its rows, where it starts, how many match, and whether pages come before or after it. */
    export interface Page {
        rows: Row[];
        first: number;
        total: number;
        hasPrevious: boolean;
        hasNext: boolean;
    }

    /** "Showing 26–50 of 6,000": the first and last row numbers of a page (1-based), given how many the server counts. */
    export function shownRange(page: Page): { from: number; to: number; of: number } {
        const to = page.first + page.rows.length - 1;
        return { from: page.rows.length === 0 ? 0 : page.first, to: Math.max(0, to), of: Math.max(page.total, to) };
    }
}
