// The form scripts in Debian's Chromium, on a form page hosted with a fake Xrm: the account's risk banner (Red with its
// next step, a CSM override, never evaluated) and the concession form (the level following the discount as it is
// typed; Approved withdrawn, with the reason, when the user may not approve).
import test from "node:test";
import assert from "node:assert";
import { join } from "node:path";
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import { startHost } from "./host.mjs";
import { launch, ScreenshotFolder } from "./browser.mjs";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const AccountId = "0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9";
const Category = { Green: 642310000, Yellow: 642310001, Red: 642310002, Expansion: 642310003 };
const CategoryLabels = { [Category.Green]: "Green", [Category.Yellow]: "Yellow", [Category.Red]: "Red", [Category.Expansion]: "Expansion" };
const Status = { Draft: 642310000, Submitted: 642310001, Approved: 642310002, Rejected: 642310003 };
const Level = { CSM: 642310000, Manager: 642310001, Director: 642310002, VP: 642310003, Executive: 642310004 };
const day = (offset) => ({ $date: new Date(Date.now() + offset * 86400000).toISOString() });

let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser?.close(); });

/** Opens a form page for the fixture, waits for OnLoad to finish, and hands the page to the test. */
async function withForm(fixture, script, use) {
    const host = await startHost(fixture);
    const page = await browser.newPage({ viewport: { width: 1024, height: 700 }, locale: "en-US" });
    try {
        await page.goto(host.formUrl(script));
        await page.waitForFunction(() => document.body.dataset.loaded === "true");
        await use(page);
    } finally {
        await page.close();
        await host.close();
    }
}

/** Saves a screenshot and checks it is not blank (a blank page compresses to a few hundred bytes). */
async function shot(page, name) {
    const file = join(ScreenshotFolder, name);
    await page.screenshot({ path: file });
    assert.ok(statSync(file).size > 4000, `${name} has content (${statSync(file).size} bytes)`);
}

const banner = (page) => page.$eval("[data-id=crr_riskbanner]", (item) => ({ level: item.dataset.level, text: item.textContent }));

async function noSeriousViolations(page) {
    await page.addScriptTag({ path: axePath });
    return page.evaluate(async () => (await window.axe.run(document, { resultTypes: ["violations"] })).violations
        .filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`));
}

function accountForm(values) {
    return {
        title: "Account (Renewals): Contoso",
        id: `{${AccountId.toUpperCase()}}`,
        handler: "CrmRenewals.Account.onLoad",
        values: {
            crr_riskcategory: Category.Red, crr_computedcategory: Category.Red, crr_riskscore: 78,
            crr_riskreasons: "Health score 42 is below 50\nChampion left", crr_riskevaluatedon: day(-1),
            crr_overrideuntil: null, crr_overridejustification: null, ...values,
        },
        labels: { crr_riskcategory: CategoryLabels, crr_computedcategory: CategoryLabels },
    };
}

test("banner_RedAccountWithAnOpenSavePlan_ErrorBannerSaysTheScoresMeaningAndTheNextStep", async () => {
    const fixture = { form: accountForm({}), tables: { crr_saveplan: [{ crr_saveplanid: "p1", crr_name: "Contoso save", _crr_account_value: AccountId, crr_planstatus: 642310000 }] } };
    await withForm(fixture, "crr_/account/riskbanner.js", async (page) => {
        await page.waitForFunction(() => document.querySelector("[data-id=crr_riskbanner]")?.textContent.includes("Next step"));
        await shot(page, "banner-red.png");

        const shown = await banner(page);
        assert.strictEqual(shown.level, "ERROR");
        assert.match(shown.text, /^Renewal risk: Red · risk score 78 of 100 \(higher is riskier\) · evaluated .+ · Reasons: Health score 42 is below 50; Champion left · Next step: work the open save plan "Contoso save"$/);
        assert.deepStrictEqual(await noSeriousViolations(page), []);
    });
});

// The override is said once, with one date format, and its reason line is not repeated among the reasons.
test("banner_CsmOverride_StatesItOnceWithTheComputedCategoryAndWhy", async () => {
    const fixture = {
        form: accountForm({
            crr_riskcategory: Category.Yellow, crr_computedcategory: Category.Red, crr_overrideuntil: day(30),
            crr_overridejustification: "Exec sponsor re-engaged", crr_riskreasons: "CSM override to Yellow until 2027-01-02\nHealth score 42 is below 50",
        }),
        tables: {},
    };
    await withForm(fixture, "crr_/account/riskbanner.js", async (page) => {
        await shot(page, "banner-override.png");

        const shown = await banner(page);
        assert.strictEqual(shown.level, "WARNING");
        assert.match(shown.text, /^Renewal risk: Yellow \(set by a CSM until [A-Z][a-z]{2} \d{1,2}, \d{4}; computed: Red, because Exec sponsor re-engaged\)/);
        assert.strictEqual(shown.text.split("set by a CSM").length, 2, "the override is stated once");
        assert.doesNotMatch(shown.text, /CSM override to/);
    });
});

test("banner_NeverEvaluated_SaysSoAndWhatEvaluatesIt", async () => {
    const fixture = { form: accountForm({ crr_riskcategory: null, crr_computedcategory: null, crr_riskscore: null, crr_riskreasons: null, crr_riskevaluatedon: null }), tables: {} };
    await withForm(fixture, "crr_/account/riskbanner.js", async (page) => {
        await shot(page, "banner-not-evaluated.png");

        const shown = await banner(page);
        assert.strictEqual(shown.level, "INFO");
        assert.match(shown.text, /^Renewal risk: not evaluated yet\. It is worked out when a health signal of the account/);
    });
});

/** crr_EvaluateConcession's answers for the discounts the test types: 5% a CSM may approve, 20% needs a director. */
const Evaluations = {
    name: "DiscountPercent",
    cases: {
        5: { RequiredLevel: Level.CSM, TotalDiscountPercent: 5, Reasons: "5% is within a CSM's 5%\nYou may approve: your authority is Manager", Messages: "", Guidance: "Green account: up to 5% without a trade.", CanApprove: true },
        20: { RequiredLevel: Level.Director, TotalDiscountPercent: 20, Reasons: "20% is above a manager's 15%\nYour authority is Manager (up to 15%); a Director must approve", Messages: "", Guidance: null, CanApprove: false },
    },
};

function concessionForm() {
    return {
        title: "Concession: Contoso renewal discount",
        id: "{6A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F0}",
        handler: "CrmRenewals.Concession.onLoad",
        values: { crr_concessiontype: 642310000, crr_discountpercent: null, crr_iscustomdeal: false, crr_renewalopportunity: null, crr_concessionstatus: Status.Submitted, crr_requiredlevel: null },
        labels: {
            crr_concessiontype: { 642310000: "Discount" },
            crr_concessionstatus: { [Status.Draft]: "Draft", [Status.Submitted]: "Submitted", [Status.Approved]: "Approved", [Status.Rejected]: "Rejected" },
            crr_requiredlevel: { [Level.CSM]: "CSM", [Level.Manager]: "Manager", [Level.Director]: "Director", [Level.VP]: "VP", [Level.Executive]: "Executive" },
        },
        shown: ["crr_discountpercent", "crr_concessionstatus"],
        numbers: ["crr_discountpercent"],
        captions: { crr_discountpercent: "Discount (%)", crr_concessionstatus: "Status" },
    };
}

test("concessionForm_DiscountTyped_LevelFollowsAndApprovedIsWithdrawnWithTheReason", async () => {
    const fixture = { form: concessionForm(), apis: { crr_EvaluateConcession: { byParameter: Evaluations } } };
    await withForm(fixture, "crr_/concession/concessionform.js", async (page) => {
        const approval = () => page.textContent("[data-id=crr_concessionapproval]");
        const statusOptions = () => page.$$eval("#field-crr_concessionstatus option", (options) => options.map((o) => o.textContent));

        await page.fill("#field-crr_discountpercent", "5");
        await page.dispatchEvent("#field-crr_discountpercent", "change");
        await page.waitForFunction(() => document.querySelector("[data-id=crr_concessionapproval]")?.textContent.startsWith("Requires CSM"));
        assert.match(await approval(), /^Requires CSM · total discount on this renewal 5% · 5% is within a CSM's 5%$/);
        assert.ok((await statusOptions()).includes("Approved"), "a user who may approve is offered Approved");

        await page.fill("#field-crr_discountpercent", "20");
        await page.dispatchEvent("#field-crr_discountpercent", "change");
        await page.waitForFunction(() => document.querySelector("[data-id=crr_concessionapproval]")?.textContent.startsWith("Requires Director"));
        await shot(page, "concession-cannot-approve.png");

        assert.match(await approval(), /^Requires Director · total discount on this renewal 20% · 20% is above a manager's 15%$/);
        assert.deepStrictEqual(await statusOptions(), ["--Select--", "Draft", "Submitted", "Rejected"]);
        assert.strictEqual(await page.textContent("#note-crr_concessionstatus"), "You cannot approve this concession: Your authority is Manager (up to 15%); a Director must approve");
        assert.deepStrictEqual(await noSeriousViolations(page), []);
    });
});
