"use strict";

// The server's figures for the pipeline tests, as crr_GetRenewalPipeline writes them, seen on 15 January 2026.
const Category = { Green: 642310000, Yellow: 642310001, Red: 642310002, Expansion: 642310003 };

const Today = new Date(2026, 0, 15, 10, 0);

const zero = { arr: 0, count: 0 };

/** Twelve months from January 2026: January has Red 120,000 (2) and Green 50,000 (1); March Yellow 30,000 (1) and one never evaluated. */
function figuresJson() {
    const months = Array.from({ length: 12 }, (_, i) => ({
        month: `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
        Green: zero, Yellow: zero, Red: zero, Expansion: zero, NotEvaluated: zero, behind: 0,
    }));
    months[0] = { ...months[0], Red: { arr: 120000, count: 2 }, Green: { arr: 50000, count: 1 }, behind: 1 };
    months[2] = { ...months[2], Yellow: { arr: 30000, count: 1 }, NotEvaluated: { arr: 8000, count: 1 } };
    return JSON.stringify({
        from: "2026-01",
        months,
        // By next milestone: T-45 Proposal holds both Red renewals, T-0 the rest; the never-evaluated one has none open.
        milestones: [
            { milestone: 642310003, Red: { arr: 120000, count: 2 }, Yellow: zero, Green: zero, Expansion: zero, NotEvaluated: zero },
            { milestone: 642310007, Red: zero, Yellow: { arr: 30000, count: 1 }, Green: { arr: 50000, count: 1 }, Expansion: zero, NotEvaluated: zero },
            { milestone: null, Red: zero, Yellow: zero, Green: zero, Expansion: zero, NotEvaluated: { arr: 8000, count: 1 } },
        ],
        totals: { arr: 208000, count: 5, arrAtRisk: 150000, countAtRisk: 3, redCount: 2, behind: 1 },
    });
}

module.exports = { Category, Today, figuresJson };
