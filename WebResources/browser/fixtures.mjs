// Fixtures of the browser tests: the emulator's data (tools/renewals fixture: the demo's book of business after some
// weeks of sweeps, with the answers the real plugins gave over it), and synthetic pipelines of a given size.
import { execFileSync } from "node:child_process";
import { readFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));
const fixtureFolder = join(repositoryRoot, "artifacts", "fixtures");

/** Runs the CLI's fixture command once per test file and reads what it wrote. */
export function emulatorFixture() {
    mkdirSync(fixtureFolder, { recursive: true });
    const file = join(fixtureFolder, "pipeline.json");
    execFileSync("dotnet", ["run", "--project", join(repositoryRoot, "tools", "Crm.Renewals.Cli"), "--configuration", "Release", "--", "fixture", file], { stdio: "pipe" });
    return JSON.parse(readFileSync(file, "utf8"));
}

const Categories = [642310002, 642310001, 642310000, 642310003];
const Keys = { 642310002: "Red", 642310001: "Yellow", 642310000: "Green", 642310003: "Expansion" };

/**
 * A pipeline of count open renewals spread over the twelve months from firstMonth ("yyyy-MM"), with the figures the
 * server would compute for them (each renewal in its month and category), so the page's totals and table agree.
 */
export function syntheticPipeline(count, firstMonth = "2027-01") {
    const [year, month] = firstMonth.split("-").map(Number);
    const months = Array.from({ length: 12 }, (_, i) => {
        const index = year * 12 + month - 1 + i;
        return { month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`, Green: { arr: 0, count: 0 }, Yellow: { arr: 0, count: 0 }, Red: { arr: 0, count: 0 }, Expansion: { arr: 0, count: 0 }, NotEvaluated: { arr: 0, count: 0 }, behind: 0 };
    });
    const rows = Array.from({ length: count }, (_, i) => {
        const m = months[i % 12];
        const category = Categories[i % Categories.length];
        const arr = 8000 + (i % 50) * 8400;
        m[Keys[category]].arr += arr;
        m[Keys[category]].count += 1;
        return {
            opportunityid: `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`,
            name: `Renewal ${String(i).padStart(4, "0")}`,
            "_customerid_value@OData.Community.Display.V1.FormattedValue": `Account ${i}`,
            crr_riskcategory: category,
            estimatedvalue: arr,
            crr_termenddate: `${m.month}-${String(1 + (i % 28)).padStart(2, "0")}`,
            crr_isrenewal: true,
            statecode: 0,
        };
    });
    const sum = (pick) => months.reduce((total, m) => total + pick(m), 0);
    const totals = {
        arr: sum((m) => m.Green.arr + m.Yellow.arr + m.Red.arr + m.Expansion.arr),
        count: count,
        arrAtRisk: sum((m) => m.Yellow.arr + m.Red.arr),
        countAtRisk: sum((m) => m.Yellow.count + m.Red.count),
        redCount: sum((m) => m.Red.count),
        behind: 0,
    };
    return { tables: { opportunity: rows, task: [] }, apis: { crr_GetRenewalPipeline: { body: { Figures: JSON.stringify({ from: firstMonth, months, totals }), Queries: 96 } } } };
}
