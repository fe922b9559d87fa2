// The Log outcome dialog in Debian's Chromium: a refusal shown as the server words it with the fields kept, then
// a corrected outcome logged.
import test from "node:test";
import assert from "node:assert";
import { join } from "node:path";
import { startHost } from "./host.mjs";
import { launch, ScreenshotFolder } from "./browser.mjs";

const PlanId = "6a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9";
const Refusal = "The outcome cannot be logged: The saved ARR 60,000 is above the contract's ARR of 50,000; enter at most 50,000.";

let browser;
test.before(async () => { browser = await launch(); });
test.after(async () => { await browser?.close(); });

test("logOutcome_RefusedThenCorrected_ShowsTheRefusalThenWhatLoggingDid", async () => {
    const host = await startHost({ apis: { crr_LogSaveOutcome: { refuse: Refusal, body: { Message: "Outcome Saved logged; the save plan is closed after 20 days." } } } });
    const page = await browser.newPage({ viewport: { width: 560, height: 640 } });
    try {
        await page.goto(host.url(`crr_/saveplan/logoutcome.html?data=${PlanId}`));
        await page.selectOption("#crr-outcome", { label: "Saved" });
        await page.fill("#crr-savedarr", "60000");
        await page.click("#crr-submit");
        await page.waitForFunction(() => document.getElementById("crr-message").textContent.length > 0);
        await page.screenshot({ path: join(ScreenshotFolder, "logoutcome-refused.png") });

        assert.strictEqual(await page.textContent("#crr-message"), Refusal);
        assert.strictEqual(await page.inputValue("#crr-savedarr"), "60000");

        await page.fill("#crr-savedarr", "40000");
        await page.click("#crr-submit");
        await page.waitForFunction(() => document.getElementById("crr-message").getAttribute("data-kind") === "done");
        await page.screenshot({ path: join(ScreenshotFolder, "logoutcome-done.png") });

        assert.strictEqual(await page.textContent("#crr-message"), "Outcome Saved logged; the save plan is closed after 20 days.");
        assert.strictEqual(await page.isVisible("#crr-submit"), false);
        const calls = await page.evaluate(() => window.__calls);
        assert.strictEqual(calls.length, 2);
        assert.deepStrictEqual({ entity: calls[1].request.entity, Outcome: calls[1].request.Outcome, SavedArr: calls[1].request.SavedArr },
            { entity: { entityType: "crr_saveplan", id: PlanId }, Outcome: 642310000, SavedArr: 40000 });
    } finally {
        await page.close();
        await host.close();
    }
});
