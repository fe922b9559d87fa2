/*
 * Web resource crr_/dashboard/pipelineview.js — turns the pipeline's figures and the table's page into markup,
 * compiled from this file: the ARR-at-risk headline, the tiles, a stacked bar chart of ARR per month as inline SVG
 * (each category also has its own pattern, for readers who cannot tell the colours apart), its legend, the renewals
 * table one page at a time, and each panel's error with a retry. Pure functions returning strings (every text
 * escaped); what is clickable carries data-action, which renewalpipeline.js handles.
 */
namespace CrmRenewals.RenewalPipeline {
    /** Chart geometry in SVG user units; the SVG scales to its container. */
    const Chart = Object.freeze({
        width: 720,
        height: 300,
        top: 24,
        right: 16,
        bottom: 40,
        left: 52,
        maxBarWidth: 56,
        gapRatio: 0.3,
        targetTicks: 5,
    });

    /** The views the tiles open (in the SavedQueries folders of Solution/src/Entities): each lists what its tile counts. */
    export const Views = Object.freeze({
        open: { entity: "opportunity", id: "4f7fd33e-0547-5c05-ab18-53d28e2dd5a9" },
        atRisk: { entity: "opportunity", id: "140b1414-b9e5-4a48-ad97-d34720122e84" },
        red: { entity: "opportunity", id: "e068f682-36a2-426c-a06c-9b6705b8d1d2" },
        behind: { entity: "task", id: "0fd2031b-7b76-4df2-8cbe-3a435e1c9130" },
        saves: { entity: "crr_saveplan", id: null },
    });

    export type ViewName = keyof typeof Views;

    const Escapes: Readonly<Record<string, string>> = Object.freeze({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" });

    export function escape(text: unknown): string {
        return String(text).replace(/[&<>"']/g, (c) => Escapes[c]);
    }

    function plural(count: number, format: Format, one: string, many: string): string {
        return `${format.count(count)} ${count === 1 ? one : many}`;
    }

    /** A round tick step giving about Chart.targetTicks ticks up to max. */
    function tickStep(max: number): number {
        const raw = Math.max(1, Math.ceil(max / Chart.targetTicks));
        const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        return [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) || raw;
    }

    /** Each category's pattern over its colour: the category can be told without its colour. */
    function patterns(): string {
        const overlay: Record<Series["key"], string> = {
            red: "<path d=\"M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2\" />",
            yellow: "<circle cx=\"4\" cy=\"4\" r=\"1.4\" />",
            green: "",
            expansion: "<path d=\"M0,2 h8 M0,6 h8\" />",
            none: "<path d=\"M2,0 v8 M6,0 v8\" />",
        };
        return "<defs>" + AllSeries.map((s) => `<pattern id="crr-pattern-${s.key}" class="crr-pattern" patternUnits="userSpaceOnUse" width="8" height="8">`
            + `<rect class="crr-series--${s.key}" width="8" height="8" />${overlay[s.key]}</pattern>`).join("") + "</defs>";
    }

    function swatch(series: Series): string {
        return `<svg class="crr-swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><rect width="12" height="12" fill="url(#crr-pattern-${series.key})" /></svg>`;
    }

    function isSelected(filter: TableFilter, month: Month, series: Series | null): boolean {
        return filter.year === month.year && filter.month === month.month && filter.series === series;
    }

    /**
     * The stacked bars measure ARR, not counts: an $8k and a $420k renewal must not look the same. A segment is a
     * button: it lists that month's renewals of that category below; a month's name lists the whole month.
     */
    export function renderChart(figures: Figures, format: Format, filter: TableFilter): string {
        const max = Math.max(1, ...figures.months.map((m) => m.total.arr));
        const step = tickStep(max);
        const top = Math.ceil(max / step) * step;
        const plotWidth = Chart.width - Chart.left - Chart.right;
        const plotHeight = Chart.height - Chart.top - Chart.bottom;
        const slot = plotWidth / Math.max(1, figures.months.length);
        const barWidth = Math.min(Chart.maxBarWidth, slot * (1 - Chart.gapRatio));
        const y = (value: number): number => Chart.top + plotHeight - (value / top) * plotHeight;
        const n = (value: number): number => Number(value.toFixed(2));

        const ticks: string[] = [];
        for (let value = 0; value <= top; value += step) {
            ticks.push(`<g class="crr-tick"><line x1="${Chart.left}" x2="${Chart.width - Chart.right}" y1="${n(y(value))}" y2="${n(y(value))}" />`
                + `<text x="${Chart.left - 6}" y="${n(y(value))}" dy="0.32em" text-anchor="end">${escape(format.compactMoney(value))}</text></g>`);
        }

        const bars = figures.months.map((month, i) => {
            const x = Chart.left + slot * i + (slot - barWidth) / 2;
            const monthName = format.month(month.year, month.month);
            let stacked = 0;
            const segments = AllSeries.filter((s) => month.series[s.key].count > 0).map((s) => {
                const figure = month.series[s.key];
                const rectTop = y(stacked + figure.arr);
                const height = Math.max(1, y(stacked) - rectTop);
                stacked += figure.arr;
                const label = `${monthName}, ${s.label}: ${plural(figure.count, format, "renewal", "renewals")}, ARR ${format.money(figure.arr)}. List them.`;
                return `<rect class="crr-segment${isSelected(filter, month, s) ? " crr-selected" : ""}" fill="url(#crr-pattern-${s.key})" x="${n(x)}" y="${n(rectTop)}" width="${n(barWidth)}" height="${n(height)}"`
                    + ` role="button" tabindex="0" aria-label="${escape(label)}" data-action="filter" data-year="${month.year}" data-month="${month.month}" data-series="${s.key}">`
                    + `<title>${escape(label)}</title></rect>`;
            });
            const centre = n(x + barWidth / 2);
            // Month names alone fit under a bar; the year goes on a second line at the first bar and at each January.
            const year = i === 0 || month.month === 1
                ? `<text class="crr-bar-year" x="${centre}" y="${Chart.height - Chart.bottom + 32}" text-anchor="middle">${month.year}</text>`
                : "";
            const total = month.total.count > 0
                ? `<text class="crr-bar-total" x="${centre}" y="${n(y(month.total.arr) - 6)}" text-anchor="middle">${escape(format.compactMoney(month.total.arr))}</text>`
                : "";
            const monthLabel = `${monthName}: ${plural(month.total.count, format, "renewal", "renewals")}, ARR ${format.money(month.total.arr)}. List them.`;
            return `<g class="crr-bar">${segments.join("")}${total}`
                + `<text class="crr-bar-label${isSelected(filter, month, null) ? " crr-selected" : ""}" x="${centre}" y="${Chart.height - Chart.bottom + 18}" text-anchor="middle"`
                + ` role="button" tabindex="0" aria-label="${escape(monthLabel)}" data-action="filter" data-year="${month.year}" data-month="${month.month}">${escape(format.monthOnly(month.year, month.month))}</text>${year}</g>`;
        });

        return `<svg class="crr-chart" viewBox="0 0 ${Chart.width} ${Chart.height}" role="group" aria-labelledby="crr-chart-title" xmlns="http://www.w3.org/2000/svg">`
            + `<title id="crr-chart-title">ARR up for renewal per month by risk category</title>`
            + patterns() + ticks.join("") + bars.join("") + "</svg>";
    }

    /** A next milestone's name: its label in the user's language, else its value. */
    export function milestoneName(value: number | null, labels: ReadonlyMap<number, string>): string {
        return value === null ? "No open milestone" : labels.get(value) || `Milestone ${value}`;
    }

    const MilestoneChart = Object.freeze({ width: 720, row: 26, left: 230, right: 70, top: 8, barHeight: 18 });

    /**
     * ARR of the period by next milestone, stacked by risk: where in the T-120 … T-0 timeline the money at risk stands.
     * One horizontal bar per milestone; a segment lists its renewals, the milestone's name lists them all.
     */
    export function renderMilestoneChart(figures: Figures, format: Format, filter: TableFilter, labels: ReadonlyMap<number, string>): string {
        const rows = figures.milestones.filter((m) => m.total.count > 0);
        const max = Math.max(1, ...rows.map((m) => m.total.arr));
        const plot = MilestoneChart.width - MilestoneChart.left - MilestoneChart.right;
        const height = MilestoneChart.top * 2 + rows.length * MilestoneChart.row;
        const n = (value: number): number => Number(value.toFixed(2));
        const selected = (value: number | null, series: Series | null): boolean => !!filter.milestone && filter.milestone.value === value && filter.series === series;
        const bars = rows.map((m, i) => {
            const y = MilestoneChart.top + i * MilestoneChart.row;
            const name = milestoneName(m.value, labels);
            const key = m.value === null ? "none" : String(m.value);
            let x = MilestoneChart.left;
            const segments = AllSeries.filter((s) => m.series[s.key].count > 0).map((s) => {
                const figure = m.series[s.key];
                const width = Math.max(1, (figure.arr / max) * plot);
                const label = `${name}, ${s.label}: ${plural(figure.count, format, "renewal", "renewals")}, ARR ${format.money(figure.arr)}. List them.`;
                const rect = `<rect class="crr-segment${selected(m.value, s) ? " crr-selected" : ""}" fill="url(#crr-pattern-${s.key})" x="${n(x)}" y="${y}" width="${n(width)}" height="${MilestoneChart.barHeight}"`
                    + ` role="button" tabindex="0" aria-label="${escape(label)}" data-action="filter" data-milestone="${key}" data-series="${s.key}"><title>${escape(label)}</title></rect>`;
                x += width;
                return rect;
            });
            const all = `${name}: ${plural(m.total.count, format, "renewal", "renewals")}, ARR ${format.money(m.total.arr)}. List them.`;
            return `<g class="crr-bar"><text class="crr-bar-label${selected(m.value, null) ? " crr-selected" : ""}" x="${MilestoneChart.left - 8}" y="${y + MilestoneChart.barHeight / 2}" dy="0.32em" text-anchor="end"`
                + ` role="button" tabindex="0" aria-label="${escape(all)}" data-action="filter" data-milestone="${key}">${escape(name)}</text>${segments.join("")}`
                + `<text class="crr-bar-total" x="${n(x + 6)}" y="${y + MilestoneChart.barHeight / 2}" dy="0.32em">${escape(format.compactMoney(m.total.arr))}</text></g>`;
        });
        return `<svg class="crr-chart crr-chart--milestones" viewBox="0 0 ${MilestoneChart.width} ${height}" role="group" aria-labelledby="crr-milestone-chart-title" xmlns="http://www.w3.org/2000/svg">`
            + `<title id="crr-milestone-chart-title">ARR up for renewal by next milestone and risk category</title>${bars.join("")}</svg>`;
    }

    function renderLegend(figures: Figures, format: Format): string {
        const items = AllSeries.map((s) => {
            const figure = figures.months.reduce((sum, m) => ({ arr: sum.arr + m.series[s.key].arr, count: sum.count + m.series[s.key].count }), { arr: 0, count: 0 });
            return `<li>${swatch(s)}${escape(s.label)}: ${escape(format.money(figure.arr))} in ${escape(plural(figure.count, format, "renewal", "renewals"))}</li>`;
        });
        return `<ul class="crr-legend" aria-label="Risk categories">${items.join("")}</ul>`;
    }

    function renderHeadline(figures: Figures, format: Format): string {
        const totals = figures.totals;
        const share = totals.arr > 0 ? Math.round((totals.arrAtRisk / totals.arr) * 100) : 0;
        return `<section class="crr-at-risk" aria-labelledby="crr-at-risk-title">`
            + `<h2 id="crr-at-risk-title">ARR at risk (Yellow + Red), next ${figures.months.length} months</h2>`
            + `<p class="crr-figure">${escape(format.money(totals.arrAtRisk))}</p>`
            + `<p>${escape(`${share}% of ${format.money(totals.arr)} up for renewal; ${plural(totals.countAtRisk, format, "renewal", "renewals")} of ${format.count(totals.count)}, `
                + `Red ${format.count(totals.redCount)}; every open renewal counted`)}</p>`
            + "</section>";
    }

    /** What the save metrics tile shows. */
    export interface Saves { rate: number | null; saved: number; closed: number; assessment: string | null }

    function tile(view: ViewName, label: string, value: string, detail: string): string {
        return `<li><button type="button" class="crr-tile" data-action="open-view" data-view="${view}">`
            + `<span class="crr-tile-label">${escape(label)}</span><span class="crr-tile-value">${escape(value)}</span>`
            + `<span class="crr-tile-detail">${escape(detail)}</span></button></li>`;
    }

    /** The tiles; each opens the view listing what it counts. */
    export function renderTiles(figures: Figures, saves: Saves | null, savesError: string | null, format: Format): string {
        const totals = figures.totals;
        const saveTile = saves && typeof saves.rate === "number"
            ? tile("saves", "Save success, last 12 months", `${Math.round(saves.rate)}%`, `${format.count(saves.saved)} of ${format.count(saves.closed)} closed save plans. ${saves.assessment || ""}`.trim())
            : tile("saves", "Save success, last 12 months", "n/a", savesError ? `Save metrics are not available: ${savesError}` : "No save plan closed in the last 12 months.");
        return `<ul class="crr-tiles" aria-label="Key figures">`
            + tile("open", "Up for renewal", format.money(totals.arr), `${plural(totals.count, format, "open renewal", "open renewals")}`)
            + tile("atRisk", "At risk (Yellow + Red)", format.money(totals.arrAtRisk), `${plural(totals.countAtRisk, format, "renewal", "renewals")}`)
            + tile("red", "Red renewals", format.count(totals.redCount), "accounts at high risk")
            + tile("behind", "Behind on a milestone", format.count(totals.behind), "renewals whose next milestone is overdue")
            + saveTile
            + "</ul>";
    }

    /** The headline, tiles, chart and legend from the server's figures. */
    export function renderFigures(figures: Figures, saves: Saves | null, savesError: string | null, format: Format, filter: TableFilter, labels: ReadonlyMap<number, string> = new Map()): string {
        if (figures.totals.count === 0) {
            return "<p class=\"crr-empty\" role=\"status\">No open renewals. A renewal opportunity appears here once it is "
                + "generated before its contract ends (T-120 by default).</p>";
        }

        return renderHeadline(figures, format) + renderTiles(figures, saves, savesError, format)
            + "<section class=\"crr-chart-section\" aria-labelledby=\"crr-chart-heading\">"
            + "<h2 id=\"crr-chart-heading\">ARR up for renewal by month and risk category</h2>"
            + "<p class=\"crr-note\">Select a bar to list its renewals below.</p>"
            // Focusable: on a narrow screen the chart scrolls in its box, and keyboard users must be able to scroll it.
            + `<figure tabindex="0" aria-label="ARR up for renewal by month, scrollable">${renderChart(figures, format, filter)}<figcaption>${renderLegend(figures, format)}</figcaption></figure></section>`
            + (figures.milestones.length === 0 ? "" : "<section class=\"crr-chart-section\" aria-labelledby=\"crr-milestone-heading\">"
                + "<h2 id=\"crr-milestone-heading\">ARR up for renewal by next milestone</h2>"
                + `<figure tabindex="0" aria-label="ARR up for renewal by next milestone, scrollable">${renderMilestoneChart(figures, format, filter, labels)}</figure></section>`);
    }

    function milestoneCell(milestone: NextMilestone | null, format: Format): string {
        if (!milestone) {
            return "No open milestone";
        }

        const due = milestone.due ? ` (due ${escape(format.localDay(milestone.due))})` : "";
        const overdue = milestone.overdue ? " <strong class=\"crr-overdue\">Overdue</strong>" : "";
        return `${escape(milestone.label)}${due}${overdue}`;
    }

    function caption(filter: TableFilter, format: Format, labels: ReadonlyMap<number, string>): string {
        const what = filter.series ? `${filter.series.label} renewals` : "Open renewals";
        if (filter.milestone) {
            return filter.milestone.value === null ? `${what} with no open milestone` : `${what} whose next milestone is ${milestoneName(filter.milestone.value, labels)}`;
        }

        return filter.year !== null && filter.month !== null ? `${what} ending in ${format.month(filter.year, filter.month)}` : `${what} of the period`;
    }

    /** The table's page, with "showing N of M" and the buttons to page and to show every renewal again. */
    export function renderTable(page: Page, filter: TableFilter, format: Format, labels: ReadonlyMap<number, string> = new Map()): string {
        const range = shownRange(page);
        const filtered = filter.year !== null || filter.series !== null || !!filter.milestone;
        const status = `<p class="crr-paging-status" role="status">Showing ${escape(format.count(range.from))}–${escape(format.count(range.to))} of ${escape(format.count(range.of))}</p>`;
        const buttons = "<div class=\"crr-paging\">"
            + `<button type="button" data-action="page" data-direction="previous"${page.hasPrevious ? "" : " disabled"}>Previous</button>`
            + `<button type="button" data-action="page" data-direction="next"${page.hasNext ? "" : " disabled"}>Next</button>`
            + (filtered ? "<button type=\"button\" data-action=\"clear-filter\">Show all renewals</button>" : "")
            + "</div>";
        if (page.rows.length === 0) {
            return `<p class="crr-empty" role="status">${escape(caption(filter, format, labels))}: none.</p>${filtered ? buttons : ""}`;
        }

        const rows = page.rows.map((row) => "<tr>"
            + `<th scope="row"><a href="#" data-action="open-record" data-id="${escape(row.id)}">${escape(row.name || "(no name)")}</a></th>`
            + `<td data-label="Account">${escape(row.account || "")}</td>`
            + `<td data-label="Renewal date">${row.renewalDate ? escape(format.day(row.renewalDate)) : "No date"}</td>`
            + `<td data-label="Risk">${swatch(row.series)}${escape(row.series.label)}</td>`
            + `<td data-label="ARR" class="crr-number">${escape(row.arrText || format.money(row.arr))}</td>`
            + `<td data-label="Next milestone">${milestoneCell(row.nextMilestone, format)}</td>`
            + "</tr>");
        return `<table class="crr-renewals"><caption>${escape(caption(filter, format, labels))} and their next milestone</caption>`
            + "<thead><tr><th scope=\"col\">Renewal</th><th scope=\"col\">Account</th><th scope=\"col\">Renewal date</th>"
            + "<th scope=\"col\">Risk</th><th scope=\"col\" class=\"crr-number\">ARR</th><th scope=\"col\">Next milestone</th></tr></thead>"
            + `<tbody>${rows.join("")}</tbody></table>${status}${buttons}`;
    }

    /**
     * A failure in words a CSM can act on: a missing privilege names what cannot be read and who can grant it; the
     * server's own text follows for the administrator.
     */
    export function friendlyError(what: string, message: string): string {
        const privilege = /prv(Read|Write|Create)(\w+)/.exec(message);
        if (privilege || /privilege/i.test(message)) {
            return `You do not have permission to read ${what}. Ask your Dynamics 365 administrator for the Renewals CSM role (${message}).`;
        }

        if (/network|failed to fetch|offline/i.test(message)) {
            return `${what[0].toUpperCase()}${what.slice(1)} could not be loaded because the server could not be reached; check your connection and retry.`;
        }

        return `${what[0].toUpperCase()}${what.slice(1)} could not be loaded: ${message}`;
    }

    /** A panel's error with a retry for that panel only. */
    export function renderPanelError(panel: "figures" | "table", text: string): string {
        return `<div class="crr-error" role="alert"><p>${escape(text)}</p><button type="button" data-action="retry" data-panel="${panel}">Retry</button></div>`;
    }
}
