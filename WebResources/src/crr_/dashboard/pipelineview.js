/*
 * Web resource crr_/dashboard/pipelineview.js — turns the pipeline model (pipelinemodel.js) into markup:
 * the ARR-at-risk figure, a stacked bar chart as inline SVG, its legend and the renewals table. Pure
 * functions returning strings (every text escaped), so they are testable without a browser.
 * Colours live in renewalpipeline.css, keyed by the series classes; every colour also has its text.
 */
(function (global) {
    "use strict";

    const pipeline = global.CrmRenewals.RenewalPipeline;

    /** Chart geometry in SVG user units; the SVG scales to its container. */
    const Chart = Object.freeze({
        width: 720,
        height: 300,
        top: 24,
        right: 16,
        bottom: 40,
        left: 44,
        maxBarWidth: 56,
        gapRatio: 0.3,
        targetTicks: 5,
    });

    const BucketLabel = Object.freeze({ overdue: "Overdue", later: "Later", undated: "No date" });

    const Escapes = Object.freeze({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" });

    function escape(text) {
        return String(text).replace(/[&<>"']/g, (c) => Escapes[c]);
    }

    function plural(count, one, many) {
        return `${count} ${count === 1 ? one : many}`;
    }

    /**
     * Formatting for the viewer: locales for Intl (the browser's), and the organization's base currency
     * (ISO code) for sums; without a currency, amounts are plain numbers.
     */
    function createFormat(locales, currency) {
        const money = new Intl.NumberFormat(locales, currency
            ? { style: "currency", currency, maximumFractionDigits: 0 }
            : { maximumFractionDigits: 0 });
        const count = new Intl.NumberFormat(locales);
        // Axis and bar labels: "US$1.2M", short enough for a bar at any width.
        const compactMoney = new Intl.NumberFormat(locales, currency
            ? { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }
            : { notation: "compact", maximumFractionDigits: 1 });
        // Calendar parts are formatted in UTC so a date-only value never moves to the day before.
        const month = new Intl.DateTimeFormat(locales, { month: "short", year: "numeric", timeZone: "UTC" });
        const monthOnly = new Intl.DateTimeFormat(locales, { month: "short", timeZone: "UTC" });
        const day = new Intl.DateTimeFormat(locales, { dateStyle: "medium", timeZone: "UTC" });
        const localDay = new Intl.DateTimeFormat(locales, { dateStyle: "medium" });
        return {
            money: (value) => money.format(value),
            compactMoney: (value) => compactMoney.format(value),
            count: (value) => count.format(value),
            month: (year, monthNumber) => month.format(new Date(Date.UTC(year, monthNumber - 1, 1))),
            monthOnly: (year, monthNumber) => monthOnly.format(new Date(Date.UTC(year, monthNumber - 1, 1))),
            day: (date) => day.format(new Date(Date.UTC(date.year, date.month - 1, date.day))),
            localDay: (date) => localDay.format(date),
        };
    }

    function bucketLabel(bucket, format) {
        return BucketLabel[bucket.kind] || format.month(bucket.year, bucket.month);
    }

    function bucketSummary(bucket, format) {
        const parts = pipeline.Series.filter((s) => bucket.series[s.key].count > 0)
            .map((s) => `${s.label} ${format.money(bucket.series[s.key].arr)}`);
        const detail = parts.length > 0 ? `: ${parts.join(", ")}` : "";
        return `${bucketLabel(bucket, format)}: ARR ${format.money(bucket.arr)} in ${plural(bucket.total, "renewal", "renewals")}${detail}`;
    }

    /** A round tick step giving about Chart.targetTicks ticks up to max. */
    function tickStep(max) {
        const raw = Math.max(1, Math.ceil(max / Chart.targetTicks));
        const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        return [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
    }

    /**
     * The stacked bars measure ARR, not counts: an $8k and a $420k renewal must not look the same. Each segment's
     * tooltip still gives its count.
     */
    function renderChart(model, format) {
        const max = Math.max(1, ...model.buckets.map((b) => b.arr));
        const step = tickStep(max);
        const top = Math.ceil(max / step) * step;
        const plotWidth = Chart.width - Chart.left - Chart.right;
        const plotHeight = Chart.height - Chart.top - Chart.bottom;
        const slot = plotWidth / Math.max(1, model.buckets.length);
        const barWidth = Math.min(Chart.maxBarWidth, slot * (1 - Chart.gapRatio));
        const y = (value) => Chart.top + plotHeight - (value / top) * plotHeight;
        const n = (value) => Number(value.toFixed(2));

        const ticks = [];
        for (let value = 0; value <= top; value += step) {
            ticks.push(`<g class="crr-tick"><line x1="${Chart.left}" x2="${Chart.width - Chart.right}" y1="${n(y(value))}" y2="${n(y(value))}" />`
                + `<text x="${Chart.left - 6}" y="${n(y(value))}" dy="0.32em" text-anchor="end">${escape(format.compactMoney(value))}</text></g>`);
        }

        const bars = model.buckets.map((bucket, i) => {
            const x = Chart.left + slot * i + (slot - barWidth) / 2;
            let stacked = 0;
            const segments = pipeline.Series.filter((s) => bucket.series[s.key].count > 0).map((s) => {
                const figures = bucket.series[s.key];
                const rectTop = y(stacked + figures.arr);
                const height = y(stacked) - rectTop;
                stacked += figures.arr;
                const title = `${bucketLabel(bucket, format)}, ${s.label}: ${plural(figures.count, "renewal", "renewals")}, ARR ${format.money(figures.arr)}`;
                return `<rect class="crr-series crr-series--${s.key}" x="${n(x)}" y="${n(rectTop)}" width="${n(barWidth)}" height="${n(height)}">`
                    + `<title>${escape(title)}</title></rect>`;
            });
            const centre = n(x + barWidth / 2);
            // Month names alone fit under a bar; the year goes on a second line at the first bar and at each January.
            const isMonth = bucket.kind === "month";
            const label = isMonth ? format.monthOnly(bucket.year, bucket.month) : bucketLabel(bucket, format);
            const firstMonth = model.buckets.findIndex((b) => b.kind === "month") === i;
            const year = isMonth && (firstMonth || bucket.month === 1)
                ? `<text class="crr-bar-year" x="${centre}" y="${Chart.height - Chart.bottom + 32}" text-anchor="middle">${bucket.year}</text>`
                : "";
            return `<g class="crr-bar">${segments.join("")}`
                + `<text class="crr-bar-total" x="${centre}" y="${n(y(bucket.arr) - 6)}" text-anchor="middle">${escape(format.compactMoney(bucket.arr))}</text>`
                + `<text class="crr-bar-label" x="${centre}" y="${Chart.height - Chart.bottom + 18}" text-anchor="middle">${escape(label)}</text>${year}</g>`;
        });

        const description = model.buckets.map((b) => bucketSummary(b, format)).join("; ");
        return `<svg class="crr-chart" viewBox="0 0 ${Chart.width} ${Chart.height}" role="img" aria-labelledby="crr-chart-title crr-chart-desc" xmlns="http://www.w3.org/2000/svg">`
            + `<title id="crr-chart-title">ARR up for renewal per month by risk category</title>`
            + `<desc id="crr-chart-desc">${escape(description)}</desc>`
            + ticks.join("") + bars.join("") + "</svg>";
    }

    function renderLegend(model, format) {
        const items = model.bySeries.map((entry) => `<li><span class="crr-swatch crr-series--${entry.series.key}" aria-hidden="true"></span>`
            + `${escape(entry.series.label)}: ${escape(format.count(entry.count))}</li>`);
        return `<ul class="crr-legend" aria-label="Risk categories">${items.join("")}</ul>`;
    }

    // The headline from the server's totals: exact for the next twelve months, however many renewals were loaded.
    function renderExactAtRisk(exact, format) {
        const share = exact.arr > 0 ? Math.round((exact.arrAtRisk / exact.arr) * 100) : 0;
        return `<section class="crr-at-risk" aria-labelledby="crr-at-risk-title">`
            + `<h2 id="crr-at-risk-title">ARR at risk (Yellow + Red), next 12 months</h2>`
            + `<p class="crr-figure">${escape(format.money(exact.arrAtRisk))}</p>`
            + `<p>${escape(`${share}% of ${format.money(exact.arr)} up for renewal; `
                + `${format.count(exact.countAtRisk)} ${exact.countAtRisk === 1 ? "renewal" : "renewals"} of ${format.count(exact.count)}, Red ${format.count(exact.redCount)}; every open renewal counted`)}</p>`
            + "</section>";
    }

    function renderAtRisk(model, format) {
        if (model.exact) {
            return renderExactAtRisk(model.exact, format);
        }

        const red = model.bySeries.find((e) => e.series.key === "red");
        const yellow = model.bySeries.find((e) => e.series.key === "yellow");
        const share = model.totalArr > 0 ? Math.round((model.atRisk.arr / model.totalArr) * 100) : 0;
        return `<section class="crr-at-risk" aria-labelledby="crr-at-risk-title">`
            + `<h2 id="crr-at-risk-title">ARR at risk (Yellow + Red)</h2>`
            + `<p class="crr-figure">${escape(format.money(model.atRisk.arr))}</p>`
            + `<p>${escape(`${share}% of ${format.money(model.totalArr)} up for renewal; `
                + `${plural(model.atRisk.count, "renewal", "renewals")} of ${format.count(model.rows.length)}: `
                + `Red ${format.count(red.count)} (${format.money(red.arr)}), Yellow ${format.count(yellow.count)} (${format.money(yellow.arr)})`)}</p>`
            + "</section>";
    }

    function milestoneCell(milestone, format) {
        if (!milestone) {
            return "No open milestone";
        }

        const due = milestone.due ? ` (due ${escape(format.localDay(milestone.due))})` : "";
        const overdue = milestone.overdue ? " <strong class=\"crr-overdue\">Overdue</strong>" : "";
        return `${escape(milestone.label)}${due}${overdue}`;
    }

    function renderTable(model, format) {
        const rows = model.rows.map((row) => "<tr>"
            + `<th scope="row">${escape(row.name || "")}</th>`
            + `<td data-label="Account">${escape(row.account || "")}</td>`
            + `<td data-label="Renewal date">${row.renewalDate ? escape(format.day(row.renewalDate)) : "No date"}</td>`
            + `<td data-label="Risk"><span class="crr-swatch crr-series--${row.series.key}" aria-hidden="true"></span>${escape(row.series.label)}</td>`
            + `<td data-label="ARR" class="crr-number">${escape(row.arrText || format.money(row.arr))}</td>`
            + `<td data-label="Next milestone">${milestoneCell(row.nextMilestone, format)}</td>`
            + "</tr>");
        return "<table class=\"crr-renewals\"><caption>Open renewals and their next milestone</caption>"
            + "<thead><tr><th scope=\"col\">Renewal</th><th scope=\"col\">Account</th><th scope=\"col\">Renewal date</th>"
            + "<th scope=\"col\">Risk</th><th scope=\"col\" class=\"crr-number\">ARR</th><th scope=\"col\">Next milestone</th></tr></thead>"
            + `<tbody>${rows.join("")}</tbody></table>`;
    }

    function renderEmpty() {
        return "<p class=\"crr-empty\" role=\"status\">No open renewals. A renewal opportunity appears here once it is "
            + "generated before its contract ends (T-120 by default).</p>";
    }

    function renderError(message) {
        return `<p class="crr-error" role="alert">The renewal pipeline could not be loaded: ${escape(message)}</p>`;
    }

    /** The tiles: ARR up for renewal, Red renewals, renewals behind on a milestone, and save success. */
    function renderTiles(model, format) {
        const exact = model.exact;
        const red = model.bySeries.find((e) => e.series.key === "red");
        const tile = (label, value, detail) => `<li class="crr-tile"><span class="crr-tile-label">${escape(label)}</span>`
            + `<span class="crr-tile-value">${escape(value)}</span>${detail ? `<span class="crr-tile-detail">${escape(detail)}</span>` : ""}</li>`;
        const saves = model.saves;
        const saveTile = saves && typeof saves.rate === "number"
            ? tile("Save success, last 12 months", `${Math.round(saves.rate)}%`, `${format.count(saves.saved)} of ${format.count(saves.closed)} closed save plans. ${saves.assessment || ""}`.trim())
            : tile("Save success, last 12 months", "n/a", saves ? "No save plan closed in the last 12 months." : "Save metrics are not available.");
        return `<ul class="crr-tiles" aria-label="Key figures">`
            + tile(exact ? "Up for renewal, next 12 months" : "Up for renewal", format.money(exact ? exact.arr : model.totalArr),
                `${format.count(exact ? exact.count : model.rows.length)} open renewals`)
            + tile("Red renewals", format.count(exact ? exact.redCount : red.count), "accounts at high risk")
            + tile("Behind on a milestone", format.count(model.overdueRenewals), "renewals whose next milestone is overdue")
            + saveTile
            + "</ul>";
    }

    // Said, not silent: a renewal whose milestone was beyond the read would otherwise show "No open milestone".
    function milestonesNote(model) {
        return model.milestonesTruncated
            ? "<p class=\"crr-note\" role=\"note\">There are more open milestone tasks than the page reads; a renewal showing "
                + "\"No open milestone\" may have one. Open the renewal to see its milestones.</p>"
            : "";
    }

    /** The whole dashboard body for a model. */
    function renderPipeline(model, format) {
        if (model.rows.length === 0) {
            return renderEmpty();
        }

        const truncated = model.truncated
            ? `<p class="crr-note" role="note">Showing the first ${escape(format.count(model.rows.length))} open renewals only`
                + `${model.exact ? "; the figures above count every open renewal of the next 12 months" : ""}.</p>`
            : "";
        return renderAtRisk(model, format) + renderTiles(model, format)
            + "<section class=\"crr-chart-section\" aria-labelledby=\"crr-chart-heading\">"
            + "<h2 id=\"crr-chart-heading\">ARR up for renewal by month and risk category</h2>"
            // Focusable: on a narrow screen the chart scrolls in its box, and keyboard users must be able to scroll it.
            + `<figure tabindex="0" aria-label="ARR up for renewal by month, scrollable">${renderChart(model, format)}<figcaption>${renderLegend(model, format)}</figcaption></figure></section>`
            + truncated + milestonesNote(model) + renderTable(model, format);
    }

    pipeline.createFormat = createFormat;
    pipeline.renderChart = renderChart;
    pipeline.renderPipeline = renderPipeline;
    pipeline.renderEmpty = renderEmpty;
    pipeline.renderError = renderError;
}(globalThis));
