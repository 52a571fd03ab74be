/**
 * `npm run fill -- <in.docx> <answers.json> -o <out.docx> [--finalize]`: fills a document without the pane, through
 * the same Word layer the add-in uses, running on the Word simulator. Answers are keyed by field id (as
 * `npm run scan -- <in.docx> --json` prints them) or by a label naming exactly one field. The output keeps anchors
 * and saved state (the pane opens ready to go on) unless `--finalize` asks for the clean document.
 * Exit codes: 0 all answers written; 1 an answer named no field or could not be written; 2 bad arguments or files.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { writesForField } from "../../src/core/values";
import type { Field } from "../../src/core/types";
import { t, type MessageKey, type Params } from "../../src/i18n";
import { createSimulator } from "../../src/preview/sim";
import { boxChars } from "../../src/word/boxes";
import { createWordGateway } from "../../src/word/gateway";
import { toWordError } from "../../src/word/errors";
import type { BlankWrite } from "../../src/word/types";
import type { Failure } from "./run";

const say = (key: MessageKey, params?: Params) => t("vi", key, params);

class Exit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

interface Args {
  input: string;
  answers: string;
  output: string;
  finalize: boolean;
}

function parseArgs(argv: string[]): Args {
  const rest: string[] = [];
  let output = "";
  let finalize = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-o" || a === "--out") output = argv[++i] ?? "";
    else if (a === "--finalize") finalize = true;
    else rest.push(a);
  }
  if (rest.length !== 2 || !output) throw new Exit(2, say("word.fill.usage"));
  return { input: rest[0], answers: rest[1], output, finalize };
}

function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (err) {
    throw new Exit(2, say("word.fill.readError", { path, detail: (err as Error).message }));
  }
}

function readAnswers(path: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(readBytes(path)).toString("utf8"));
  } catch (err) {
    if (err instanceof Exit) throw err;
    throw new Exit(2, say("word.fill.badAnswers", { detail: (err as Error).message }));
  }
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw new Exit(2, say("word.fill.badAnswers", { detail: typeof data }));
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) {
    if (typeof v === "number") out[k] = String(v);
    else if (typeof v === "string") out[k] = v;
    else throw new Exit(2, say("word.fill.badAnswers", { detail: k }));
  }
  return out;
}

const labelKey = (s: string) => s.normalize("NFC").trim().toLocaleLowerCase("vi");

function findField(fields: Field[], key: string): Field | { error: string } {
  const byId = fields.find((f) => f.id === key);
  if (byId) return byId;
  const named = fields.filter((f) => labelKey(f.label) === labelKey(key));
  if (named.length === 1) return named[0];
  if (named.length > 1) return { error: say("word.fill.ambiguousAnswer", { key, count: named.length }) };
  return { error: say("word.fill.unknownAnswer", { key }) };
}

/** `fill <in.docx> <answers.json> -o <out.docx> [--finalize]`: fills and saves; returns the exit code. */
export async function fillCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const bytes = readBytes(args.input);
  const answers = readAnswers(args.answers);
  let sim;
  try {
    sim = await createSimulator(bytes);
  } catch (err) {
    throw new Exit(2, say("word.fill.readError", { path: args.input, detail: (err as Error).message }));
  }
  const gateway = createWordGateway({ word: sim.Word, office: sim.Office, platform: sim.options.platform });
  const { result } = await gateway.scan();
  const blanks = result.blanks;
  let status = 0;
  const writes: BlankWrite[] = [];
  const fieldOfBlank = new Map<string, Field>();
  const answerOf = new Map<string, string>();
  for (const [key, value] of Object.entries(answers)) {
    const found = findField(result.fields, key);
    if ("error" in found) {
      console.error(found.error);
      status = 1;
      continue;
    }
    if (found.readOnly) {
      console.error(say("word.fill.notFilled", { field: found.label, reason: say("word.fill.readOnly") }));
      status = 1;
      continue;
    }
    // A row of digit boxes takes the whole number, one character a box: one of another length is not written.
    const boxes = blanks.find((b) => found.blankIds.includes(b.id) && b.digitBoxes)?.digitBoxes;
    if (boxes && value.trim() && boxChars(value).length !== boxes.count) {
      const reason = say("word.fill.boxes", { field: found.label, count: boxes.count, given: boxChars(value).length });
      console.error(say("word.fill.invalidValue", { value, field: found.label, reason }));
      status = 1;
      continue;
    }
    const outcome = writesForField(found, blanks, value);
    if (!outcome.ok) {
      const reason = t("vi", outcome.error as MessageKey, outcome.params);
      console.error(say("word.fill.invalidValue", { value, field: found.label, reason }));
      status = 1;
      continue;
    }
    for (const w of outcome.warnings ?? []) {
      console.warn(say("word.fill.warning", { field: found.label, reason: t("vi", w.key as MessageKey, w.params) }));
    }
    answerOf.set(found.id, value);
    for (const w of outcome.writes) {
      writes.push({ blankId: w.blankId, value: w.value });
      fieldOfBlank.set(w.blankId, found);
    }
  }
  const report = await gateway.apply(writes);
  const reported = new Set<string>();
  for (const id of report.written) {
    const field = fieldOfBlank.get(id)!;
    if (reported.has(field.id)) continue;
    reported.add(field.id);
    console.log(say("word.fill.filled", { field: field.label, value: answerOf.get(field.id) ?? "" }));
  }
  for (const id of report.cleared) console.log(say("word.fill.cleared", { field: fieldOfBlank.get(id)?.label ?? id }));
  for (const id of report.moved) {
    console.error(
      say("word.fill.notFilled", { field: fieldOfBlank.get(id)?.label ?? id, reason: say("word.fill.moved") }),
    );
    status = 1;
  }
  for (const f of report.failed) {
    const reason = say(`word.error.${f.error.code}`);
    console.error(say("word.fill.notFilled", { field: fieldOfBlank.get(f.blankId)?.label ?? f.blankId, reason }));
    status = 1;
  }
  if (args.finalize) await gateway.finalize();
  const out = await sim.save();
  try {
    writeFileSync(args.output, out);
  } catch (err) {
    throw new Exit(2, say("word.fill.readError", { path: args.output, detail: (err as Error).message }));
  }
  console.log(
    say("word.fill.summary", {
      written: report.written.length,
      cleared: report.cleared.length,
      failed: report.moved.length + report.failed.length,
    }),
  );
  console.log(say("word.fill.saved", { path: args.output }));
  return status;
}

export function fillFailure(err: unknown): Failure {
  if (err instanceof Exit) return { code: err.code, message: err.message };
  return { code: 2, message: say(`word.error.${toWordError(err).code}`) };
}
