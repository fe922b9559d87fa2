"use strict";

// crr_/account/riskbanner.js on a fake Account (Renewals) form.
const test = require("node:test");
const assert = require("node:assert");
const { loadBrowserScripts } = require("./fakes/browserScripts");
const { FakeFormContext } = require("./fakes/fakeFormContext");

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
        ...overrides,
    };
}

/** Loads the script for a user reading en-GB (or the given locales), opens the form and runs OnLoad. */
function openForm(values, languages = ["en-GB"]) {
    const page = loadBrowserScripts([Script], { navigator: { languages } });
    const form = new FakeFormContext(values, { crr_riskcategory: CategoryLabels, crr_computedcategory: CategoryLabels });
    page.CrmRenewals.Account.onLoad(form.executionContext());
    return { page, form, banner: () => form.notifications.get(NotificationId) };
}

test("onLoad_RedAccount_ShowsAnErrorWithCategoryScoreDateAndReasons", () => {
    const { banner } = openForm(account());

    assert.deepStrictEqual(banner(), {
        level: "ERROR",
        message: "Renewal risk: Red · score 78/100 · evaluated 24 Nov 2025, 09:30 · Reasons: Health score 42 is below 50; Champion left",
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

test("onLoad_NeverEvaluated_ShowsNoNotification", () => {
    const { banner } = openForm(account({ crr_riskcategory: null, crr_computedcategory: null, crr_riskscore: null, crr_riskreasons: null, crr_riskevaluatedon: null }));

    assert.strictEqual(banner(), undefined);
});

test("onLoad_ActiveOverride_ShowsTheComputedCategoryAndTheOverrideEnd", () => {
    const until = new Date(Date.now() + 10 * DayMs);
    const untilText = new Intl.DateTimeFormat(["en-GB"], { dateStyle: "medium" }).format(until);

    const { banner } = openForm(account({ crr_riskcategory: Category.Yellow, crr_computedcategory: Category.Red, crr_overrideuntil: until }));

    assert.strictEqual(banner().level, "WARNING");
    assert.match(banner().message, new RegExp(`^Renewal risk: Yellow \\(CSM override until ${untilText}; computed category: Red\\) · score 78/100`));
});

test("onLoad_OverrideEndingToday_IsStillActive", () => {
    const { banner } = openForm(account({ crr_riskcategory: Category.Green, crr_overrideuntil: new Date() }));

    assert.match(banner().message, /CSM override until/);
});

test("onLoad_ExpiredOverride_ShowsNoOverride", () => {
    const { banner } = openForm(account({ crr_overrideuntil: new Date(Date.now() - 2 * DayMs) }));

    assert.doesNotMatch(banner().message, /override|computed/);
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

test("riskColumnChange_EvaluationCleared_RemovesTheBanner", () => {
    const { form, banner } = openForm(account());

    form.change("crr_riskevaluatedon", null);

    assert.strictEqual(banner(), undefined);
});

test("dataRefresh_AfterSaveTheServerRecomputed_ReRendersWithoutOnChange", () => {
    const { form, banner } = openForm(account({ crr_riskcategory: Category.Green, crr_computedcategory: Category.Green, crr_riskreasons: "Healthy" }));

    form.refresh({ crr_riskcategory: Category.Yellow, crr_computedcategory: Category.Yellow, crr_riskreasons: "Health score 60 is between 50 and 69" });

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
