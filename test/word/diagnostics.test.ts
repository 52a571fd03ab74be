/**
 * The diagnostic information: what it says about the host, each operation's round trips and errors, and that no
 * value the user typed ever shows in it.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  collectDiagnostics,
  countSyncs,
  createOperationLog,
  errorRecord,
  savedStateBytes,
} from "../../src/word/diagnostics";
import { WordFailure } from "../../src/word/errors";
import type { Blank } from "../../src/core/types";
import type { OperationRecord, ScanOutcome } from "../../src/word/types";
import { open, readAsset, ROOT } from "./helpers";

const TEMPLATE = "assets/template.docx";
const maybe = existsSync(join(ROOT, TEMPLATE)) ? describe : describe.skip;

/** What Office.js rejects with when an insertText of a batch fails (shape of OfficeExtension.Error). */
function officeError(value: string) {
  return {
    name: "RichApi.Error",
    code: "GeneralException",
    message: "GeneralException",
    debugInfo: {
      code: "GeneralException",
      message: "GeneralException",
      errorLocation: "Range.insertText",
      statement: `var insertText = range.insertText("${value}", "Replace");`,
      surroundingStatements: [
        'var search = body.search("........", {matchCase:true});',
        `// >>>>>\nvar insertText = range.insertText("${value}", "Replace");\n// <<<<<`,
        `insertText.insertContentControl().title = 'Họ và tên';`,
      ],
      fullStatements: [
        "var body = context.document.body;",
        `var insertText = range.insertText("${value}", "Replace");`,
        `var other = range2.insertText("Trần \\"Thị\\" B", 'Replace');`,
      ],
    },
  };
}

const record = (name: OperationRecord["name"], at: number): OperationRecord => ({
  name,
  at,
  ms: 1,
  syncs: 1,
  ok: true,
});

describe("errorRecord", () => {
  test("keeps Office's code and where it failed, never the inserted text", () => {
    const rec = errorRecord(officeError("Nguyễn Văn A"));
    expect(rec.code).toBe("GeneralException");
    expect(rec.officeCode).toBe("GeneralException");
    expect(rec.debugInfo).toContain("errorLocation: Range.insertText");
    expect(rec.debugInfo).toContain('range.insertText("…", "…")');
    expect(rec.debugInfo).toContain('insertContentControl().title = "…"');
    const all = JSON.stringify(rec);
    for (const leaked of ["Nguyễn", "Văn A", "Trần", "Thị", "Họ và tên", "........"]) expect(all).not.toContain(leaked);
  });

  test("redacts a statement cut short inside its literal, and a quoted value in the message", () => {
    const rec = errorRecord({
      code: "InvalidArgument",
      message: "The argument 'Số 12/BC-UBND' is invalid.",
      debugInfo: { code: "InvalidArgument", statement: 'range.insertText("Phạm Thị Mai, sinh ngày 1' },
    });
    expect(rec.code).toBe("InvalidArgument");
    expect(rec.detail).toBe('The argument "…" is invalid.');
    expect(JSON.stringify(rec)).not.toMatch(/Phạm|12\/BC/);
  });

  test("an apostrophe inside a word is not taken for a quote", () => {
    const rec = errorRecord({
      code: "InvalidObjectPath",
      message: "The object path isn't working for what you're doing.",
    });
    expect(rec.detail).toBe("The object path isn't working for what you're doing.");
    expect(rec.code).toBe("Unknown");
    expect(rec.officeCode).toBe("InvalidObjectPath");
  });

  test("a WordFailure without an Office error behind it keeps its own code", () => {
    const rec = errorRecord(new WordFailure("Timeout", "Word did not answer within 30000 ms"));
    expect(rec).toEqual({ code: "Timeout", officeCode: "Timeout", detail: "Word did not answer within 30000 ms" });
  });
});

describe("the operation log and the host", () => {
  test("keeps only the last 20 operations, oldest first", () => {
    const log = createOperationLog();
    for (let i = 0; i < 25; i++) log.record(record("select", i));
    expect(log.list().map((r) => r.at)).toEqual(Array.from({ length: 20 }, (_, i) => i + 5));
  });

  test("counts every sync of a context", async () => {
    let n = 0;
    const context = { sync: () => Promise.resolve("synced") };
    const counted = countSyncs(context, () => n++);
    await counted.sync();
    await counted.sync();
    expect(n).toBe(2);
    expect(await counted.sync()).toBe("synced");
  });

  test("a host without requirements or diagnostics reports every set unsupported", () => {
    const office = { context: { host: "Word", platform: "Mac" } } as unknown as typeof Office;
    const d = collectDiagnostics(office, createOperationLog(), 0);
    expect(d.host).toBe("Word");
    expect(d.platform).toBe("Mac");
    expect(d.version).toBe("");
    expect(d.requirementSets).toHaveLength(13);
    expect(d.requirementSets.every((s) => !s.supported)).toBe(true);
    expect(collectDiagnostics(undefined, createOperationLog(), 0).requirementSets).toHaveLength(13);
  });

  test("Office's diagnostics and requirement checks are used where they exist", () => {
    const office = {
      context: {
        diagnostics: { host: "Word", platform: "OfficeOnline", version: "16.0.18025.10000" },
        requirements: { isSetSupported: (name: string, v: string) => name === "WordApi" && Number(v.slice(2)) <= 5 },
      },
    } as unknown as typeof Office;
    const d = collectDiagnostics(office, createOperationLog(), 42);
    expect(d).toMatchObject({ host: "Word", platform: "OfficeOnline", version: "16.0.18025.10000", settingsBytes: 42 });
    const supported = d.requirementSets.filter((s) => s.supported).map((s) => `${s.name} ${s.version}`);
    expect(supported).toEqual(["WordApi 1.1", "WordApi 1.2", "WordApi 1.3", "WordApi 1.4", "WordApi 1.5"]);
  });

  test("the saved state's size is its JSON in UTF-8 bytes, 0 when there is none", () => {
    expect(savedStateBytes(null)).toBe(0);
    expect(savedStateBytes({ get: () => null })).toBe(0);
    expect(savedStateBytes({ get: () => ({ a: "ễ" }) })).toBe('{"a":""}'.length + 3);
    expect(
      savedStateBytes({
        get: () => {
          throw new Error("settings unavailable");
        },
      }),
    ).toBe(0);
  });
});

maybe("diagnostics through the Word layer", () => {
  const writable = (o: ScanOutcome): Blank[] => o.result.blanks.filter((b) => !b.readOnly && b.source === "text");

  test("a scan and an apply are listed with their round trips, and the saved state is measured", async () => {
    const s = await open(readAsset(TEMPLATE));
    const before = s.gw.diagnostics();
    expect(before.operations).toEqual([]);
    expect(before.settingsBytes).toBe(0);
    expect(before.host).toBe("Word");
    expect(before.platform).toBe("PC");
    expect(before.requirementSets.find((r) => r.name === "WordApi" && r.version === "1.1")?.supported).toBe(true);

    s.sim.stats.reset();
    const outcome = await s.gw.scan();
    const scanSyncs = s.sim.stats.syncs;
    s.sim.stats.reset();
    const blank = writable(outcome)[0];
    await s.gw.apply([{ blankId: blank.id, value: "Nguyễn Văn A" }]);
    const applySyncs = s.sim.stats.syncs;

    const d = s.gw.diagnostics();
    expect(d.operations.map((o) => [o.name, o.ok, o.syncs])).toEqual([
      ["scan", true, scanSyncs],
      ["apply", true, applySyncs],
    ]);
    expect(scanSyncs).toBeGreaterThan(0);
    expect(applySyncs).toBeGreaterThan(0);
    expect(d.settingsBytes).toBeGreaterThan(0);
    expect(JSON.stringify(d.operations)).not.toContain("Nguyễn");
  });

  test("a failed write shows Office's code and a debugInfo without the value", async () => {
    const s = await open(readAsset(TEMPLATE));
    const outcome = await s.gw.scan();
    const blank = writable(outcome)[0];
    // The next batch's first sync rejects the way Word does, naming the statement that carried the value.
    const word = s.sim.Word as unknown as { run: (b: (c: { sync(): Promise<void> }) => Promise<unknown>) => unknown };
    const run = word.run.bind(word);
    word.run = (batch) => {
      word.run = run;
      return run((context) => {
        context.sync = () => Promise.reject(officeError("Nguyễn Văn A"));
        return batch(context);
      });
    };
    await expect(s.gw.apply([{ blankId: blank.id, value: "Nguyễn Văn A" }])).rejects.toMatchObject({
      code: "GeneralException",
    });
    const last = s.gw.diagnostics().operations.at(-1)!;
    expect(last).toMatchObject({ name: "apply", ok: false, syncs: 1 });
    expect(last.error).toMatchObject({ code: "GeneralException", officeCode: "GeneralException" });
    expect(last.error?.debugInfo).toContain("errorLocation: Range.insertText");
    expect(last.error?.debugInfo).toContain('insertText("…", "…")');
    expect(JSON.stringify(s.gw.diagnostics())).not.toContain("Nguyễn");
  });

  test("a failure the simulator injects keeps the code Word gave", async () => {
    const s = await open(readAsset(TEMPLATE));
    const outcome = await s.gw.scan();
    s.sim.options.failNextSync = { code: "AccessDenied", message: "The document is read-only." };
    await expect(s.gw.select(writable(outcome)[0].id)).rejects.toMatchObject({ code: "AccessDenied" });
    const last = s.gw.diagnostics().operations.at(-1)!;
    expect(last).toMatchObject({
      name: "select",
      ok: false,
      error: { code: "AccessDenied", officeCode: "AccessDenied" },
    });
  });

  test("only the last 20 operations are kept", async () => {
    const s = await open(readAsset(TEMPLATE));
    const outcome = await s.gw.scan();
    const blank = writable(outcome)[0];
    for (let i = 0; i < 22; i++) await s.gw.select(blank.id);
    const ops = s.gw.diagnostics().operations;
    expect(ops).toHaveLength(20);
    expect(ops.every((o) => o.name === "select" && o.ok && o.syncs > 0)).toBe(true);
  });
});
