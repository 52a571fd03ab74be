/**
 * `npm run scan -- <file.docx|file.txt> [--json]`: the blanks of a document by section (label, kind, the context
 * with the blank marked), then the findings to check before sending. `--json` prints one JSON object instead.
 * Bad input gets one line in Vietnamese and exit code 2.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { scan, snapshotFromText } from "../../src/core";
import type { ScanResult } from "../../src/core/types";
import { isDocxError } from "../../src/docx/errors";
import { createSimulator } from "../../src/preview/sim";
import { createWordGateway } from "../../src/word/gateway";
import { t } from "../../src/i18n";
import type { MessageKey, Params } from "../../src/i18n";
import { write, type Failure } from "./run";

const say = (key: MessageKey, params?: Params): string => t("vi", key, params);

class UserError extends Error {}

/**
 * A .docx is scanned the way the add-in scans it in Word — the Word layer over the simulator — so fills made by
 * `npm run fill` (anchors and saved state) keep their ids, and the ids printed here are the ones fill takes.
 */
async function load(file: string): Promise<ScanResult> {
  if (!existsSync(file)) throw new UserError(say("core.scan.notFound", { file }));
  const ext = extname(file).toLowerCase();
  const bytes = readFileSync(file);
  if (ext === ".txt") return scan({ snapshot: snapshotFromText(bytes.toString("utf8")) });
  if (ext === ".docx" || ext === ".doc") {
    try {
      const sim = await createSimulator(new Uint8Array(bytes));
      const gateway = createWordGateway({ word: sim.Word, office: sim.Office, platform: sim.options.platform });
      return (await gateway.scan()).result;
    } catch (err) {
      const name = basename(file);
      if (isDocxError(err)) {
        const key =
          err.code === "legacy-doc"
            ? "core.scan.legacyDoc"
            : err.code === "not-docx"
              ? "core.scan.notDocx"
              : "core.scan.damaged";
        throw new UserError(say(key, { file: name }));
      }
      throw new UserError(say("core.scan.damaged", { file: name }));
    }
  }
  throw new UserError(say("core.scan.unsupported", { file }));
}

export function toJson(result: ScanResult): object {
  return {
    blanks: result.blanks.map((b) => ({
      id: b.id,
      paragraph: b.paragraph,
      start: b.start,
      end: b.end,
      text: b.text,
      kind: b.kind,
      datePart: b.datePart,
      unit: b.unit,
      label: b.label,
      hint: b.hint,
      context: b.context,
      fieldId: b.fieldId,
      section: b.section,
      confidence: b.confidence,
      source: b.source,
      filled: b.filled,
    })),
    fields: result.fields.map((f) => ({ id: f.id, label: f.label, kind: f.kind, unit: f.unit, blankIds: f.blankIds })),
    sections: result.sections.map((s) => ({
      title: s.title,
      level: s.level,
      paragraph: s.paragraph,
      blankCount: s.blankCount,
      emptyCount: s.emptyCount,
    })),
    findings: result.findings.map((f) => ({ type: f.type, paragraph: f.paragraph, message: f.message })),
  };
}

const oneLine = (s: string): string => s.replace(/\t/g, "→").replace(/[\v\r\n]/g, "↵");

export function toTable(result: ScanResult): string {
  const lines: string[] = [];
  lines.push(`== ${say("core.scan.blanks")} ==`);
  let current = "\u0000";
  for (const b of result.blanks) {
    const path = b.section.join(" › ") || say("core.scan.noSection");
    if (path !== current) {
      lines.push("", `## ${path}`);
      current = path;
    }
    const kind = say(`core.kind.${b.kind}`) + (b.unit ? ` (${b.unit})` : "");
    const context = oneLine(`${b.context.before.slice(-30)}[${b.text}]${b.context.after.slice(0, 30)}`);
    lines.push(`  ${String(b.paragraph).padStart(4)}  ${b.label.padEnd(34)} ${kind.padEnd(18)} ${context}`);
  }
  lines.push("", `== ${say("core.scan.findings")} ==`);
  for (const f of result.findings) lines.push(`  ${String(f.paragraph).padStart(4)}  [${f.type}] ${f.message}`);
  lines.push(
    "",
    say("core.scan.summary", {
      blanks: result.blanks.length,
      fields: result.fields.length,
      findings: result.findings.length,
    }),
  );
  return lines.join("\n");
}

/** `scan <file> [--json]`: prints the blanks and findings; returns the exit code. */
export async function scanCommand(args: string[]): Promise<number> {
  const json = args.includes("--json");
  const files = args.filter((a) => !a.startsWith("--"));
  if (files.length !== 1) throw new UserError(say("core.scan.usage"));
  const result = await load(files[0]);
  await write(process.stdout, (json ? JSON.stringify(toJson(result), null, 2) : toTable(result)) + "\n");
  return 0;
}

export function scanFailure(err: unknown, args: string[]): Failure {
  const file = args.find((a) => !a.startsWith("--")) ?? "";
  return { code: 2, message: err instanceof UserError ? err.message : say("core.scan.damaged", { file }) };
}
