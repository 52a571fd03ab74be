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

export async function positionOf(pane: FrameLocator): Promise<{ index: number; total: number } | null> {
  const text = await pane.locator("main").innerText();
  const m = /Ô (\d+)\/(\d+)/.exec(text);
  return m ? { index: Number(m[1]), total: Number(m[2]) } : null;
}

function cleanEdge(text: string, side: "before" | "after"): string {
  if (side === "before") return (text.split(/[.…]+/).pop() ?? "").slice(-6);
  return (text.split(/[.…]+/)[0] ?? "").slice(0, 6);
}

async function waitForChange(page: Page, pane: FrameLocator, before: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  const key = (s: string) => s.split(t("vi", "pane.form.context"))[0];
  while ((await positionOf(pane)) && key(await pane.locator("main").innerText()) === key(before)) {
    if (Date.now() > deadline) {
      const now = await pane.locator("main").innerText();
      throw new Error(`the form did not move on from: ${before.slice(0, 200)}\n--- now:\n${now}`);
    }
    await page.waitForTimeout(25);
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
  for (let pos = await positionOf(pane); pos && step < maxSteps; pos = await positionOf(pane)) {
    step++;
    const before = await pane.locator("main").innerText();
    const focused = await pane.locator(":focus").evaluate((el) => ({
      tag: el.tagName,
      inputMode: el.getAttribute("inputmode"),
      label:
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        (el.getAttribute("aria-labelledby") ?? "")
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" "),
      value: (el as HTMLInputElement).value ?? "",
    }));
    const multiline = focused.tag === "TEXTAREA";
    if (!focused.value) {
      const context = await pane
        .locator("figure p")
        .innerText()
        .catch(() => "");
      const blank = await pane
        .locator("figure mark")
        .innerText()
        .catch(() => "");
      const [left, right] = blank && context.includes(blank) ? context.split(blank, 2) : ["", ""];
      // A date asks for a whole date when several parts are blank, else for its one blank part (a day here).
      const date = focused.label.includes(t("vi", "pane.form.fullDate"));
      const datePart = focused.inputMode === "numeric";
      const chosen = valueFor?.(focused.label.trim());
      const value =
        chosen ??
        (multiline
          ? `Đoạn văn số ${step} điền thử`
          : date
            ? "15/06/2017"
            : datePart
              ? "15"
              : focused.inputMode === "decimal"
                ? String(100 + step)
                : `Giá trị ${step}`);
      // The first value goes in key by key; the rest as one input event each, as an input method or a paste
      // delivers text: the keys that move through the form are pressed either way.
      if (step === 1) await page.keyboard.type(value);
      else await page.keyboard.insertText(value);
      if (chosen !== undefined || (!date && !datePart)) {
        filled.set(value, {
          value,
          label: focused.label.trim(),
          before: cleanEdge(left, "before"),
          after: cleanEdge(right, "after"),
        });
      }
      await onStep?.(step);
    }
    await page.keyboard.press(multiline ? "Control+Enter" : "Enter");
    await waitForChange(page, pane, before);
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
