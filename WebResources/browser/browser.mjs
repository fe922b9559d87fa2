// Debian's Chromium, headless, through playwright-core; screenshots go to artifacts/screenshots (git-ignored).
import { chromium } from "playwright-core";
import { mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ChromiumPath = process.env.CRR_CHROMIUM || "/usr/bin/chromium";
export const ScreenshotFolder = fileURLToPath(new URL("../../artifacts/screenshots/", import.meta.url));

export async function launch() {
    if (!existsSync(ChromiumPath)) {
        throw new Error(`Chromium is not at ${ChromiumPath}: run tools/setup (it installs Debian's chromium) or set CRR_CHROMIUM.`);
    }

    await mkdir(ScreenshotFolder, { recursive: true });
    return chromium.launch({ executablePath: ChromiumPath, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
}
