/**
 * Faults: every Office error Word can answer (ItemNotFound, GeneralException, AccessDenied on a protected document,
 * a sync that does not answer in time) injected into every gateway operation. Each gives a typed error with a
 * message in Vietnamese and English, leaves nothing half-written, and a retry works.
 */
import { word as catalog } from "../../src/i18n/word";
import { createSimulator, type Simulator } from "../../src/preview/sim";
import { createWordGateway } from "../../src/word/gateway";
import type { WordErrorCode, WordGateway } from "../../src/word/types";
import { plainDocx } from "./docgen";

const PARAGRAPHS = ["BÁO CÁO", "Tên xã: .........., huyện ..........", "Tổng số đảng viên: ..... đồng chí."];
const TIMEOUT_MS = 40;

type Fault = "ItemNotFound" | "GeneralException" | "AccessDenied" | "Timeout";
type Op = "scan" | "apply" | "select" | "highlight" | "finalize" | "saveDecisions";

interface Session {
  sim: Simulator;
  gw: WordGateway;
  ids: string[];
}

async function session(): Promise<Session> {
  const sim = await createSimulator(await plainDocx(PARAGRAPHS), { platform: "desktop" });
  const gw = createWordGateway({ word: sim.Word, office: sim.Office, platform: "desktop", timeoutMs: TIMEOUT_MS });
  const scan = await gw.scan();
  const ids = scan.result.blanks.map((b) => b.id);
  await gw.apply([{ blankId: ids[0], value: "Hòa Bình" }]);
  return { sim, gw, ids };
}

function inject(sim: Simulator, fault: Fault, op: Op): void {
  if (fault === "AccessDenied") sim.options.readOnly = true;
  else if (fault === "Timeout") sim.options.hangNextSync = TIMEOUT_MS * 4;
  else if (op === "saveDecisions") sim.options.failNextSave = { code: fault, message: `injected ${fault}` };
  else sim.options.failNextSync = { code: fault, message: `injected ${fault}` };
}

function heal(sim: Simulator): void {
  sim.options.readOnly = false;
  sim.options.failNextSync = undefined;
  sim.options.failNextSave = undefined;
}

/** Runs the operation; a write's failure may come back in its report rather than as a rejection. */
async function perform(s: Session, op: Op): Promise<WordErrorCode | null> {
  try {
    switch (op) {
      case "scan":
        await s.gw.scan();
        return null;
      case "apply": {
        const r = await s.gw.apply([
          { blankId: s.ids[1], value: "Kim Sơn" },
          { blankId: s.ids[2], value: "45" },
        ]);
        return r.failed.length ? r.failed[0].error.code : null;
      }
      case "select":
        await s.gw.select(s.ids[1]);
        return null;
      case "highlight":
        await s.gw.highlightEmpty(true);
        return null;
      case "finalize":
        await s.gw.finalize();
        return null;
      case "saveDecisions":
        await s.gw.saveDecisions({ dismissed: [s.ids[2]], added: [], unlinked: [] });
        return null;
    }
  } catch (err) {
    return (err as { code: WordErrorCode }).code;
  }
}

/** Protected documents can still be read: only operations that write are refused. */
const WRITES: Op[] = ["apply", "highlight", "finalize", "saveDecisions"];
const FAULTS: Fault[] = ["ItemNotFound", "GeneralException", "AccessDenied", "Timeout"];
const OPS: Op[] = ["scan", "apply", "select", "highlight", "finalize", "saveDecisions"];
/** Settings are saved through Office's async API, not a Word sync: a stalled sync cannot reach them. */
const CASES = FAULTS.flatMap((f) =>
  OPS.filter((o) => !(f === "Timeout" && o === "saveDecisions")).map((o) => [f, o] as const),
);
export const FAULTS_INJECTED = CASES.length;

describe("faults injected into every operation", () => {
  test.each(CASES)("%s during %s: typed error, vi+en message, nothing half-written, retry works", async (fault, op) => {
    const s = await session();
    const before = s.sim.paragraphTexts();
    inject(s.sim, fault, op);
    const code = await perform(s, op);
    // A scan whose read fails reads again, lighter (no OOXML, then no header and footer): one failed sync costs
    // it nothing. A protected document is still read.
    const recovers = op === "scan" && fault !== "Timeout";
    const refuses = (fault !== "AccessDenied" || WRITES.includes(op)) && !recovers;
    if (refuses) {
      expect(code).toBe(fault);
      expect(catalog.vi[`word.error.${fault}`]).toMatch(/\S/);
      expect(catalog.en[`word.error.${fault}`]).toMatch(/\S/);
    } else expect(code).toBeNull();
    if (fault !== "Timeout") expect(s.sim.paragraphTexts()).toEqual(before);
    heal(s.sim);
    expect(await perform(s, op)).toBeNull();
    // Whatever happened, the document holds each value once, in its blank, and a rescan reads them all back.
    const texts = s.sim.paragraphTexts();
    expect(texts[0]).toBe("BÁO CÁO");
    expect(texts[1]).toMatch(/^Tên xã: Hòa Bình, huyện (\.{10}|Kim Sơn)$/);
    expect(texts[2]).toMatch(/^Tổng số đảng viên: (\.{5}|45) đồng chí\.$/);
    if (op !== "finalize") {
      const again = await s.gw.scan();
      expect(again.result.blanks.find((b) => b.id === s.ids[0])?.value).toBe("Hòa Bình");
      if (op === "apply") expect(again.result.blanks.find((b) => b.id === s.ids[2])?.value).toBe("45");
    }
  });

  test("a sync that never answers in time does not block the next operation for ever", async () => {
    const s = await session();
    // Timers fire in the order they are due, so whether an answer came before the stalled batch ended is told
    // by this flag, not by a clock a busy machine could slow down.
    let stalledBatchOver = false;
    const stall = new Promise<void>((resolve) =>
      setTimeout(() => {
        stalledBatchOver = true;
        resolve();
      }, 1_000),
    );
    s.sim.options.hangNextSync = 1_000;
    await expect(s.gw.select(s.ids[1])).rejects.toMatchObject({ code: "Timeout" });
    expect(stalledBatchOver).toBe(false);
    // The queue waits at most timeout + drain for the stalled batch, then lets the retry run: while Word is
    // still busy with the stalled batch the retry gets a typed error at once, never a hang.
    const early = await s.gw.select(s.ids[1]).then(
      () => null,
      (e: { code: WordErrorCode }) => e.code,
    );
    expect(stalledBatchOver).toBe(false);
    expect([null, "GeneralException", "Timeout", "Busy"]).toContain(early);
    await stall;
    await new Promise((r) => setTimeout(r, 50));
    await s.gw.select(s.ids[1]);
    expect(s.sim.selection()?.paragraph).toBe(1);
  });
});
