"use strict";

// crr_/dashboard/pipelineformat.js: figures and dates in the user's Dynamics 365 formats.
const test = require("node:test");
const assert = require("node:assert");
const { loadBrowserScripts, plain } = require("./fakes/browserScripts");

const pipeline = loadBrowserScripts(["crr_/dashboard/pipelinemodel.js", "crr_/dashboard/pipelineformat.js"]).CrmRenewals.RenewalPipeline;

/** A German user's usersettings row: comma decimals, dot grouping, day.month.year. */
const German = { decimalsymbol: ",", numberseparator: ".", dateformatstring: "dd/MM/yyyy", dateseparator: ".", localeid: 1031 };

test("userFormats_SettingsRow_TakesTheSymbolsThePatternAndTheLocale", () => {
    const formats = pipeline.userFormats(German, 1033, ["en-US"], "EUR");

    assert.deepStrictEqual(plain(formats), { locales: ["de-DE"], decimalSymbol: ",", groupSymbol: ".", datePattern: "dd.MM.yyyy", currency: "EUR" });
});

test("userFormats_NoSettingsRow_TheUserLanguageElseTheBrowsers", () => {
    assert.deepStrictEqual(plain(pipeline.userFormats(null, 2057, ["fr-FR"], null).locales), ["en-GB"]);
    assert.deepStrictEqual(plain(pipeline.userFormats(null, 9999, ["fr-FR"], null).locales), ["fr-FR"]);
    assert.strictEqual(pipeline.userFormats(null, null, ["fr-FR"], null).datePattern, null);
});

test("createFormat_UserSymbols_NumbersAndMoneyUseThem", () => {
    const format = pipeline.createFormat(pipeline.userFormats({ ...German, localeid: 1033 }, null, undefined, "USD"));

    assert.strictEqual(format.count(1234567), "1.234.567");
    assert.strictEqual(format.money(1234567), "$1.234.567");
    assert.strictEqual(format.compactMoney(1200000), "$1,2M");
});

// Rows: .NET-style short date patterns as users pick them, and 31 March 2026 written in each.
for (const [pattern, separator, expected] of [
    ["M/d/yyyy", "/", "3/31/2026"],
    ["dd/MM/yyyy", ".", "31.03.2026"],
    ["yyyy/MM/dd", "-", "2026-03-31"],
    ["d-MMM-yy", null, "31-Mar-26"],
]) {
    test(`createFormat_DatePattern_WritesTheDayAsTheUserSetIt (${pattern})`, () => {
        const format = pipeline.createFormat(pipeline.userFormats({ dateformatstring: pattern, dateseparator: separator, localeid: 1033 }, null, undefined, null));

        assert.strictEqual(format.day({ year: 2026, month: 3, day: 31 }), expected);
    });
}

test("createFormat_NoSettings_TheLocalesOwnFormats", () => {
    const format = pipeline.createFormat(pipeline.userFormats(null, 2057, undefined, "GBP"));

    assert.strictEqual(format.money(120000), "£120,000");
    assert.strictEqual(format.day({ year: 2026, month: 3, day: 31 }), "31 Mar 2026");
    assert.strictEqual(format.monthOnly(2026, 3), "Mar");
    // A date-only value is never moved to the day before by a time zone.
    assert.strictEqual(format.month(2026, 1), "Jan 2026");
});

test("languageTag_KnownAndUnknownLcid_TagOrNull", () => {
    assert.strictEqual(pipeline.languageTag(1031), "de-DE");
    assert.strictEqual(pipeline.languageTag(4242), null);
    assert.strictEqual(pipeline.languageTag(null), null);
});
