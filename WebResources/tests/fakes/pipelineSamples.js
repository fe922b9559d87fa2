"use strict";

// Sample renewals for the pipeline tests, seen on 15 January 2026.
const Category = { Green: 642310000, Yellow: 642310001, Red: 642310002, Expansion: 642310003 };

const Today = new Date(2026, 0, 15, 10, 0);

/** Records as pipelinemodel.summarize takes them (what renewalpipeline.js maps Web API rows to). */
const Renewals = [
    { id: "a", name: "Contoso renewal 2026", account: "Contoso", category: Category.Red, arr: 120000, arrText: "$120,000.00", renewalDate: "2026-02-28" },
    { id: "b", name: "Fabrikam renewal 2026", account: "Fabrikam", category: Category.Yellow, arr: 30000, arrText: "$30,000.00", renewalDate: "2026-02-10" },
    { id: "c", name: "Litware renewal 2026", account: "Litware", category: Category.Green, arr: 50000, arrText: "$50,000.00", renewalDate: "2026-03-31" },
    { id: "d", name: "Northwind renewal 2026", account: "Northwind", category: Category.Expansion, arr: 80000, arrText: "$80,000.00", renewalDate: "2026-05-15" },
    { id: "e", name: "Tailspin renewal 2026", account: "Tailspin", category: null, arr: 10000, arrText: "$10,000.00", renewalDate: "2026-03-01" },
    { id: "f", name: "Adatum renewal 2025", account: "Adatum", category: Category.Red, arr: 20000, arrText: "$20,000.00", renewalDate: "2025-12-31" },
];

/** Open milestone tasks: two for Contoso (T-30 next), two overdue ones for Fabrikam, none for the others. */
const MilestoneTasks = [
    { renewalId: "a", label: "T-14 Final negotiation and contract", due: "2026-02-14T09:00:00Z" },
    { renewalId: "a", label: "T-30 Proposal presentation and negotiation", due: "2026-01-29T09:00:00Z" },
    { renewalId: "b", label: "T-30 Proposal presentation and negotiation", due: "2026-01-11T09:00:00Z" },
    { renewalId: "b", label: "T-45 Proposal", due: "2025-12-27T09:00:00Z" },
];

module.exports = { Category, Today, Renewals, MilestoneTasks };
