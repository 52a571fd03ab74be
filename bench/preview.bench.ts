/**
 * The preview in Debian's Chromium: navigation to an interactive overview on the shipped template (median of 5,
 * each in a fresh browser context so nothing is restored from IndexedDB), the time to fill every field through
 * the guided form with the keyboard, and the JS bytes the pane's page loaded until it was interactive (raw; the
 * office.js stand-in excluded, as office.js is in Word). Skipped, with a message, where there is no Chromium.
 */
import "../src/i18n/preview";
import { t } from "../src/i18n/all";
import { CHROMIUM, launchChromium } from "../test/e2e/support/browser";
import { buildPreview } from "../test/e2e/support/build";
import { fillForm, openForm } from "../test/e2e/support/fill";
import { serveStatic } from "../test/e2e/support/server";

const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export default async function previewBench(): Promise<Record<string, number>> {
  if (!CHROMIUM) {
    console.warn("SKIPPED preview bench: no Chromium at /usr/bin/chromium");
    return {};
  }
  const server = await serveStatic(buildPreview());
  const browser = await launchChromium();
  try {
    const interactive: number[] = [];
    let paneJsBytes = 0;
    let fillAll = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const paneScripts = new Map<string, Promise<number>>();
      let counting = run === 0;
      page.on("response", (res) => {
        const url = res.url();
        if (
          counting &&
          res.frame().url().includes("preview-pane.html") &&
          url.endsWith(".js") &&
          !url.endsWith("preview-office.js")
        ) {
          const size = res.body().then((b) => b.length);
          // Awaited below; a body still unread when the context closes must not end the whole run.
          size.catch(() => undefined);
          paneScripts.set(url, size);
        }
      });
      const pane = page.frameLocator("iframe.pane");
      const start = Date.now();
      await page.goto(`${server.url}preview.html`);
      const cont = pane.getByRole("button", { name: t("vi", "pane.start") });
      await cont.waitFor({ timeout: 60_000 });
      interactive.push(Date.now() - start);
      if (run === 0) {
        // The scripts the pane asked for until it was interactive, each read whole: no wait for network silence,
        // which a busy machine may not reach in any fixed time.
        paneJsBytes = (await Promise.all(paneScripts.values())).reduce((a, b) => a + b, 0);
        counting = false;
        const t0 = Date.now();
        await openForm(page, pane);
        await fillForm(page, pane, 200);
        await pane.getByText(/(\d+)\/\1 ô đã điền/).waitFor({ timeout: 30_000 });
        fillAll = Date.now() - t0;
      }
      await context.close();
    }
    return {
      "preview.interactive.ms": median(interactive),
      "preview.fillAll.ms": fillAll,
      "preview.paneJsBytes": paneJsBytes,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
