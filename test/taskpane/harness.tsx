/**
 * Renders the pane over the real Word layer and the Word simulator loaded with the shipped template, the way the
 * add-in runs in Word: only the document is simulated.
 */
import "./setup";
import { render, screen, type RenderResult } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { readFileSync } from "fs";
import mammoth from "mammoth";
import { join } from "path";
import type { Lang } from "../../src/i18n";
import { createSimulator, type Simulator, type SimulatorOptions } from "../../src/preview/sim";
import { App } from "../../src/taskpane/App";
import { createWordGateway } from "../../src/word/gateway";
import type { WordGateway } from "../../src/word/types";
import { InFluent } from "./fluent";

export const TEMPLATE = join(__dirname, "../../assets/template.docx");

export interface Pane {
  sim: Simulator;
  gateway: WordGateway;
  user: UserEvent;
  view: RenderResult;
}

/** The pane over `bytes` (the shipped template unless given). */
export async function openPane(
  lang: Lang = "vi",
  options: Partial<SimulatorOptions> = {},
  bytes: Uint8Array = new Uint8Array(readFileSync(TEMPLATE)),
): Promise<Pane> {
  const sim = await createSimulator(bytes, options);
  sim.install();
  const gateway = createWordGateway();
  const user = userEvent.setup();
  const view = render(
    <InFluent>
      <App gateway={gateway} lang={lang} />
    </InFluent>,
  );
  await screen.findByText(lang === "vi" ? /ô đã điền/ : /fields filled/, undefined, { timeout: 10000 });
  return { sim, gateway, user, view };
}

/** The document's body text as an independent reader (mammoth) sees it in the saved .docx. */
export async function documentText(sim: Simulator): Promise<string> {
  const bytes = await sim.save();
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}

/** "12/30 ô đã điền" → [12, 30]; "0/1.224 ô đã điền" → [0, 1224] (thousands grouped as the language writes them). */
export function progress(): [number, number] {
  const el = screen.getByText(/[\d.,]+\/[\d.,]+ (ô đã điền|fields filled)/);
  const m = /([\d.,]+)\/([\d.,]+)/.exec(el.textContent ?? "");
  if (!m) throw new Error(`no progress in ${el.textContent}`);
  const n = (s: string) => Number(s.replace(/[.,]/g, ""));
  return [n(m[1]), n(m[2])];
}
