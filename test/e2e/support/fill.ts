/**
 * Filling the pane's guided form with the keyboard alone, as a user would: type a value fitting the field's input
 * (number, full date, one date part, multi-line or text) and press Enter (Ctrl+Enter in multi-line text). Shared by the
 * end-to-end tests and the preview benchmark.
 */
import type { FrameLocator, Page } from "playwright-core";
import { t } from "../../../src/i18n/all";

export interface FilledValue {
  value: string;
  /** The field's label as the form shows it. */
  label: string;
  /** Up to 6 characters of the text beside the blank (no other blank's dots), to find the value in place. */
  before: string;
  after: string;
}

/** "Ô 3/30": the form's position, shown while it is open. */
const POSITION = /Ô (\d+)\/(\d+)/;

export async function positionOf(pane: FrameLocator): Promise<{ index: number; total: number } | null> {
  const m = POSITION.exec(await pane.locator("main").innerText());
  return m ? { index: Number(m[1]), total: Number(m[2]) } : null;
}

function cleanEdge(text: string, side: "before" | "after"): string {
  if (side === "before") return (text.split(/[.…]+/).pop() ?? "").slice(-6);
  return (text.split(/[.…]+/)[0] ?? "").slice(0, 6);
}

/** What one step of the form shows, read in one call: the position, the focused input and the blank's sentence. */
interface FormStep {
  text: string;
  tag: string;
  inputMode: string | null;
  label: string;
  value: string;
  context: string;
  blank: string;
}

/** Reads the step once the pane has put the keyboard focus somewhere (or the form has closed). */
function readStep(pane: FrameLocator): Promise<FormStep> {
  return pane.locator("main").evaluate(
    () =>
      new Promise<FormStep>((resolve) => {
        const until = Date.now() + 5000;
        const read = () => {
          const text = (document.querySelector("main") as HTMLElement | null)?.innerText ?? "";
          const el = document.activeElement as HTMLInputElement | null;
          const open = /Ô \d+\/\d+/.test(text);
          if (open && (!el || el === document.body) && Date.now() < until) {
            requestAnimationFrame(read);
            return;
          }
          const label =
            el?.labels?.[0]?.textContent ??
            (el?.getAttribute("aria-labelledby") ?? "")
              .split(" ")
              .map((id) => document.getElementById(id)?.textContent ?? "")
              .join(" ");
          const inner = (selector: string) => (document.querySelector(selector) as HTMLElement | null)?.innerText ?? "";
          resolve({
            text,
            tag: el?.tagName ?? "",
            inputMode: el?.getAttribute("inputmode") ?? null,
            label,
            value: el?.value ?? "",
            context: inner("figure p"),
            blank: inner("figure mark"),
          });
        };
        read();
      }),
  );
}

/**
 * Waits, inside the pane, until its form shows another field than `before` (the text above the blank's sentence) or
 * closes; watching the pane's changes there costs one call instead of a read every few milliseconds.
 */
async function waitForChange(pane: FrameLocator, before: string): Promise<void> {
  const split = t("vi", "pane.form.context");
  const changed = await pane.locator("body").evaluate(
    (body, [previous, marker]) =>
      new Promise<boolean>((resolve) => {
        const key = (s: string) => s.split(marker)[0];
        const moved = () => {
          const text = (document.querySelector("main") as HTMLElement | null)?.innerText ?? "";
          return !/Ô \d+\/\d+/.test(text) || key(text) !== key(previous);
        };
        if (moved()) return resolve(true);
        const observer = new MutationObserver(() => {
          if (!moved()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(true);
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(false);
        }, 15_000);
        observer.observe(body, { subtree: true, childList: true, characterData: true, attributes: true });
      }),
    [before, split] as const,
  );
  if (!changed) {
    const now = await pane.locator("main").innerText();
    throw new Error(`the form did not move on from: ${before.slice(0, 200)}\n--- now:\n${now}`);
  }
}

/** A value chosen for a field by its label; undefined leaves the field to the value made up for its input. */
export type ValueFor = (label: string) => string | undefined;

/**
 * From the first field of the open form until the form closes; a field met again with its value already there is
 * passed with Enter. `maxSteps` bounds a form that never closes. `onStep` runs after typing each value; `valueFor`
 * chooses the values of the fields it names.
 */
export async function fillForm(
  page: Page,
  pane: FrameLocator,
  maxSteps: number,
  onStep?: (step: number) => Promise<void>,
  valueFor?: ValueFor,
): Promise<Map<string, FilledValue>> {
  const filled = new Map<string, FilledValue>();
  let step = 0;
  for (let now = await readStep(pane); POSITION.test(now.text) && step < maxSteps; now = await readStep(pane)) {
    step++;
    const multiline = now.tag === "TEXTAREA";
    if (!now.value) {
      const { context, blank } = now;
      const [left, right] = blank && context.includes(blank) ? context.split(blank, 2) : ["", ""];
      // A date asks for a whole date when several parts are blank, else for its one blank part (a day here).
      const date = now.label.includes(t("vi", "pane.form.fullDate"));
      const datePart = now.inputMode === "numeric";
      const chosen = valueFor?.(now.label.trim());
      const value =
        chosen ??
        (multiline
          ? `Đoạn văn số ${step} điền thử`
          : date
            ? "15/06/2017"
            : datePart
              ? "15"
              : now.inputMode === "decimal"
                ? String(100 + step)
                : `Giá trị ${step}`);
      // The first value goes in key by key; the rest as one input event each, as an input method or a paste
      // delivers text: the keys that move through the form are pressed either way.
      if (step === 1) await page.keyboard.type(value);
      else await page.keyboard.insertText(value);
      if (chosen !== undefined || (!date && !datePart)) {
        filled.set(value, {
          value,
          label: now.label.trim(),
          before: cleanEdge(left, "before"),
          after: cleanEdge(right, "after"),
        });
      }
      await onStep?.(step);
    }
    await page.keyboard.press(multiline ? "Control+Enter" : "Enter");
    await waitForChange(pane, now.text);
  }
  return filled;
}

/** From the overview of a fresh document, "start filling" with the keyboard; resolves once the form shows a field. */
export async function openForm(page: Page, pane: FrameLocator): Promise<{ index: number; total: number }> {
  await pane.getByRole("button", { name: t("vi", "pane.start") }).focus();
  await page.keyboard.press("Enter");
  const deadline = Date.now() + 15_000;
  for (;;) {
    const pos = await positionOf(pane);
    if (pos) return pos;
    if (Date.now() > deadline) throw new Error("the guided form did not open");
    await page.waitForTimeout(25);
  }
}
