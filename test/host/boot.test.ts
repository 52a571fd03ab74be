/**
 * Old Office builds host the pane in Internet Explorer or in EdgeHTML (Office 2019 on Windows 10 without WebView2),
 * which cannot run it: boot.js must show a plain "not supported" message there instead of a blank pane, and stay
 * out of the way everywhere else, Chromium Edge's WebView2 included.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, ResourceLoader } from "jsdom";
import { t } from "../../src/i18n/all";

const root = join(__dirname, "../..");
const boot = readFileSync(join(root, "src/taskpane/boot.js"), "utf8");
// The page as the build writes it, with the catalog's texts in place.
const page = readFileSync(join(root, "src/taskpane/taskpane.html"), "utf8")
  .replace(/<script[^>]*><\/script>/g, "")
  .replace(/<%- (\w+) %>/g, (_, name: string) =>
    name === "unsupportedVi"
      ? t("vi", "host.unsupported")
      : name === "unsupportedEn"
        ? t("en", "host.unsupported")
        : name === "loadingVi"
          ? t("vi", "host.loading")
          : "",
  );

// User agents as these webviews send them.
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) " +
  "Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 " +
  "Safari/537.36 Edg/131.0.2903.86";
const MAC_WEBVIEW = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)";

async function openPane(userAgent: string, language: string, strip: string[] = []): Promise<Document> {
  const dom = new JSDOM(page, { runScripts: "outside-only", resources: new ResourceLoader({ userAgent }) });
  const win = dom.window as unknown as Record<string, unknown>;
  Object.defineProperty(dom.window.navigator, "language", { value: language });
  if (typeof win.fetch !== "function") win.fetch = () => undefined;
  for (const name of strip) win[name] = undefined;
  dom.window.eval(boot);
  if (dom.window.document.readyState === "loading") {
    await new Promise((resolve) => dom.window.document.addEventListener("DOMContentLoaded", resolve));
  }
  return dom.window.document;
}

const shown = (doc: Document) => {
  const box = doc.getElementById("unsupported")!;
  return box.hasAttribute("hidden") ? null : box.textContent;
};

describe("the pane in an unsupported webview", () => {
  test("Internet Explorer (Trident) gets the message in Vietnamese, not a blank pane", async () => {
    const doc = await openPane("Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko", "vi-VN", ["Proxy"]);
    expect(shown(doc)).toBe(t("vi", "host.unsupported"));
    expect(doc.defaultView!.navigator.userAgent).toContain("Trident");
    expect(doc.getElementById("root")!.style.display).toBe("none");
  });

  test("in English where the webview speaks English", async () => {
    const doc = await openPane("Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko", "en-US", ["Proxy"]);
    expect(shown(doc)).toBe(t("en", "host.unsupported"));
  });

  // EdgeHTML has every feature boot.js tests for, but cannot parse `?.` or `??`: only its user agent gives it away.
  test.each([
    ["the EdgeHTML webview of Office 2019", EDGE_HTML],
    ["Internet Explorer 11, with every feature tested present", IE11],
  ])("%s gets the message", async (_, userAgent) => {
    const doc = await openPane(userAgent, "en-US");
    expect(shown(doc)).toBe(t("en", "host.unsupported"));
    expect(doc.getElementById("root")!.style.display).toBe("none");
  });

  test.each([
    ["WebView2 (Chromium Edge, `Edg/`)", WEBVIEW2],
    ["Word for Mac (WKWebView)", MAC_WEBVIEW],
  ])("%s sees nothing of it", async (_, userAgent) => {
    const doc = await openPane(userAgent, "vi-VN");
    expect(shown(doc)).toBeNull();
    expect(doc.getElementById("root")!.style.display).toBe("");
  });
});
