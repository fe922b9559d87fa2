"use strict";

// crr_/account/riskbanner.js on a fake Account (Renewals) form.
const test = require("node:test");
const assert = require("node:assert");
const { loadBrowserScripts } = require("./fakes/browserScripts");
const { FakeFormContext } = require("./fakes/fakeFormContext");
const { createFakeXrm } = require("./fakes/fakeXrm");

const Script = "crr_/account/riskbanner.js";
const NotificationId = "crr_riskbanner";
const Category = { Green: 642310000, Yellow: 642310001, Red: 642310002, Expansion: 642310003 };
const CategoryLabels = { [Category.Green]: "Green", [Category.Yellow]: "Yellow", [Category.Red]: "Red", [Category.Expansion]: "Expansion" };
const EvaluatedOn = new Date(2025, 10, 24, 9, 30);
const DayMs = 24 * 60 * 60 * 1000;

function account(overrides = {}) {
    return {
        crr_riskcategory: Category.Red,
        crr_computedcategory: Category.Red,
        crr_riskscore: 78,
        crr_riskreasons: "Health score 42 is below 50\nChampion left",
        crr_riskevaluatedon: EvaluatedOn,
        crr_overrideuntil: null,
        crr_overridejustification: null,
        ...overrides,
    };
}

const AccountId = "{0A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9}";

/** Loads the script for a user reading en-GB (or the given locales), opens a saved account's form and runs OnLoad. */
function openForm(values, languages = ["en-GB"], tables = {}) {
    const xrm = createFakeXrm({ tables, serverPageSize: 5 });
    const page = loadBrowserScripts([Script], { navigator: { languages }, Xrm: xrm });
    const form = new FakeFormContext(values, { crr_riskcategory: CategoryLabels, crr_computedcategory: CategoryLabels }, AccountId);
    const loaded = page.CrmRenewals.Account.onLoad(form.executionContext());
    return { page, form, xrm, loaded, banner: () => form.notifications.get(NotificationId) };
}

test("onLoad_RedAccount_ShowsAnErrorWithCategoryScoreDateAndReasons", () => {
    const { banner } = openForm(account());

    assert.deepStrictEqual(banner(), {
        level: "ERROR",
        message: "Renewal risk: Red · risk score 78 of 100 (higher is riskier) · evaluated 24 Nov 2025, 09:30 · Reasons: Health score 42 is below 50; Champion left",
    });
});

// Each category and the notification level it must raise (spec §6: the banner shows how bad it is).
for (const [name, level] of [["Yellow", "WARNING"], ["Green", "INFO"], ["Expansion", "INFO"]]) {
    test(`onLoad_${name}Account_ShowsLevel${level}WithTheCategoryName`, () => {
        const { banner } = openForm(account({ crr_riskcategory: Category[name], crr_computedcategory: Category[name] }));

        assert.strictEqual(banner().level, level);
        assert.match(banner().message, new RegExp(`^Renewal risk: ${name} · `));
    });
}

test("onLoad_NeverEvaluated_SaysSoAndWhatEvaluatesIt", () => {
    const { banner } = openForm(account({ crr_riskcategory: null, crr_computedcategory: null, crr_riskscore: null, crr_riskreasons: null, crr_riskevaluatedon: null }));

    assert.deepStrictEqual(banner(), {
        level: "INFO",
        message: "Renewal risk: not evaluated yet. It is worked out when a health signal of the account (health score, usage, adoption, support, NPS, relationship) is saved.",
    });
});

test("onLoad_ActiveOverride_ShowsTheComputedCategoryAndTheOverrideEnd", () => {
    const until = new Date(Date.now() + 10 * DayMs);
    const untilText = new Intl.DateTimeFormat(["en-GB"], { dateStyle: "medium" }).format(until);

    const { banner } = openForm(account({
        crr_riskcategory: Category.Yellow,
        crr_computedcategory: Category.Red,
        crr_overrideuntil: until,
        crr_overridejustification: "Renewal signed verbally ",
        crr_riskreasons: "CSM override to Yellow until 2026-12-13 (computed Red): Renewal signed verbally\nHealth score 42 is below 50",
    }));

    assert.strictEqual(banner().level, "WARNING");
    // The override once, in the user's date format: the plugin's own override line is not repeated among the reasons.
    assert.strictEqual(banner().message,
        `Renewal risk: Yellow (set by a CSM until ${untilText}; computed: Red, because Renewal signed verbally) · risk score 78 of 100 (higher is riskier) · evaluated 24 Nov 2025, 09:30 · Reasons: Health score 42 is below 50`);
});

test("onLoad_OverrideEndingToday_IsStillActive", () => {
    const { banner } = openForm(account({ crr_riskcategory: Category.Green, crr_overrideuntil: new Date() }));

    assert.match(banner().message, /set by a CSM until/);
});

test("onLoad_ExpiredOverride_ShowsNoOverride", () => {
    const { banner } = openForm(account({ crr_overrideuntil: new Date(Date.now() - 2 * DayMs) }));

    assert.doesNotMatch(banner().message, /set by a CSM|computed/);
});

test("onLoad_GermanUser_FormatsTheDateInTheUsersLocale", () => {
    const { banner } = openForm(account(), ["de-DE"]);

    assert.match(banner().message, / · evaluated 24\.11\.2025, 09:30 · /);
});

test("onLoad_NoScoreAndNoReasons_LeavesThosePartsOut", () => {
    const { banner } = openForm(account({ crr_riskscore: null, crr_riskreasons: "" }));

    assert.strictEqual(banner().message, "Renewal risk: Red · evaluated 24 Nov 2025, 09:30");
});

test("riskColumnChange_CategoryChanges_ReRendersTheBanner", () => {
    const { form, banner } = openForm(account({ crr_riskcategory: Category.Green, crr_computedcategory: Category.Green }));

    form.change("crr_riskcategory", Category.Red);

    assert.strictEqual(banner().level, "ERROR");
    assert.match(banner().message, /^Renewal risk: Red · /);
});

test("riskColumnChange_EvaluationCleared_SaysNotEvaluatedYet", () => {
    const { form, banner } = openForm(account());

    form.change("crr_riskevaluatedon", null);

    assert.match(banner().message, /^Renewal risk: not evaluated yet\./);
});

test("dataRefresh_AfterSaveTheServerRecomputed_ReRendersWithoutOnChange", async () => {
    const { form, banner, loaded } = openForm(account({ crr_riskcategory: Category.Green, crr_computedcategory: Category.Green, crr_riskreasons: "Healthy" }));
    await loaded;

    await form.refresh({ crr_riskcategory: Category.Yellow, crr_computedcategory: Category.Yellow, crr_riskreasons: "Health score 60 is between 50 and 69" });

    assert.strictEqual(banner().level, "WARNING");
    assert.match(banner().message, /Reasons: Health score 60 is between 50 and 69$/);
});

test("onLoad_RunTwice_RegistersEachHandlerOnce", () => {
    const { page, form } = openForm(account());

    page.CrmRenewals.Account.onLoad(form.executionContext());

    for (const column of Object.keys(account())) {
        assert.strictEqual(form.getAttribute(column).changeHandlers.length, 1, column);
    }

    assert.strictEqual(form.loadHandlers.length, 1);
});

test("onLoad_FormWithoutARiskColumn_FailsNamingTheColumn", () => {
    const page = loadBrowserScripts([Script], { navigator: { languages: ["en-GB"] } });
    const values = account();
    delete values.crr_riskreasons;
    const form = new FakeFormContext(values, { crr_riskcategory: CategoryLabels, crr_computedcategory: CategoryLabels });

    assert.throws(() => page.CrmRenewals.Account.onLoad(form.executionContext()), /The form has no column crr_riskreasons; add it to the form/);
});

// The next step, read after the banner shows: an open save plan first, then the open renewal's next milestone, then its date.
test("onLoad_OpenSavePlan_NextStepIsToWorkIt", async () => {
    const { banner, loaded } = openForm(account(), ["en-GB"], {
        crr_saveplan: [{ crr_name: "Save plan: Contoso" }],
        opportunity: [{ opportunityid: "r1", name: "Contoso renewal", crr_termenddate: "2026-03-31" }],
    });

    await loaded;

    assert.match(banner().message, / · Next step: work the open save plan "Save plan: Contoso"$/);
});

test("onLoad_OpenRenewalWithAMilestone_NextStepIsTheMilestone", async () => {
    const { banner, loaded, xrm } = openForm(account(), ["en-GB"], {
        opportunity: [{ opportunityid: "r1", name: "Contoso renewal", crr_termenddate: "2026-03-31" }],
        task: [{ subject: "T-90: Renewal strategy call", scheduledend: "2026-01-01T12:00:00Z" }],
    });

    await loaded;

    assert.match(banner().message, / · Next step: T-90: Renewal strategy call, due 1 Jan 2026$/);
    assert.match(xrm.calls.find((c) => c.entity === "task").options, /_regardingobjectid_value eq r1 and statecode eq 0 and crr_milestone ne null&\$orderby=scheduledend asc&\$top=1/);
});

test("onLoad_OpenRenewalWithoutMilestones_NextStepIsTheRenewalDate", async () => {
    const { banner, loaded } = openForm(account(), ["en-GB"], { opportunity: [{ opportunityid: "r1", name: "Contoso renewal", crr_termenddate: "2026-03-31" }] });

    await loaded;

    assert.match(banner().message, / · Next step: renewal Contoso renewal, due 31 Mar 2026$/);
});

// A user without read on save plans still gets the risk: the banner simply has no next step.
test("onLoad_NextStepReadFails_BannerWithoutNextStep", async () => {
    const page = loadBrowserScripts([Script], { navigator: { languages: ["en-GB"] }, Xrm: createFakeXrm({ failWith: "Principal user is missing prvReadcrr_SavePlan privilege" }) });
    const form = new FakeFormContext(account(), { crr_riskcategory: CategoryLabels, crr_computedcategory: CategoryLabels }, AccountId);

    await page.CrmRenewals.Account.onLoad(form.executionContext());

    assert.match(form.notifications.get(NotificationId).message, /^Renewal risk: Red · .* · Reasons: Health score 42 is below 50; Champion left$/);
});
