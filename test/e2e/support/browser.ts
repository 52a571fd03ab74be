/** Debian's Chromium driven by playwright-core; never a downloaded browser. */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium, or the one CHROMIUM_PATH names (the same rule as scripts/test.mjs). */
export const CHROMIUM =
  [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p)) ?? null;

export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error("no Chromium at /usr/bin/chromium (apt-get install -y chromium)");
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
