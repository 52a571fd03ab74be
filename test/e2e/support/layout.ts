/**
 * What a narrow pane must hold to: nothing wider than the pane, so nothing scrolls sideways or is cut off; a box
 * that scrolls sideways on its own stays within the pane, and what it holds may be wider.
 */
import type { Frame, Page } from "playwright-core";

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Elements whose right edge passes the pane's width (a few, described for the failure message). */
  wide: string[];
}

export async function measureOverflow(frame: Frame): Promise<Overflow> {
  return frame.evaluate(() => {
    const root = document.documentElement;
    const limit = root.clientWidth + 0.5;
    const wide: string[] = [];
    // What a box that scrolls sideways on its own (the grid editor's) holds is cut at its edge: the page does not
    // scroll for it, so it is measured where it is seen.
    const clipped = (el: HTMLElement): boolean => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const x = getComputedStyle(a).overflowX;
        if (x !== "visible") return a.getBoundingClientRect().right <= limit;
      }
      return false;
    };
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > limit && !clipped(el)) {
        wide.push(
          `<${el.tagName.toLowerCase()}> right=${Math.round(r.right)} “${(el.textContent ?? "").slice(0, 40)}”`,
        );
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide: wide.slice(0, 5) };
  });
}

/** The preview's pane iframe set to `width` px, as Word's task pane can be. */
export async function setPaneWidth(page: Page, width: number): Promise<Frame> {
  await page.addStyleTag({ content: `iframe.pane { width: ${width}px !important; }` });
  // An iframe whose document is being replaced (a file just opened) has none for a moment.
  for (const until = Date.now() + 30_000; Date.now() < until; await page.waitForTimeout(100)) {
    const frame = await (await page.locator("iframe.pane").elementHandle())?.contentFrame();
    if (frame) return frame;
  }
  throw new Error("the pane's iframe has no document");
}
