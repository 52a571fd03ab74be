/**
 * The command-line tools in a pipe read slowly (`npm run scan -- f --json | python3 -c 'json.load(sys.stdin)'`):
 * the reader gets the whole output, not the first 64 KB the pipe holds, and errors come on stderr. Run as
 * `npm run scan` runs them: bin/dien-mau.js, which builds the bundle first when the sources are newer.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { scan, snapshotFromText } from "../../src/core";

const ROOT = resolve(__dirname, "../..");

/**
 * The reader at the end of the pipe: waits while the pipe fills and the writer stalls, then takes 4 KB at a time
 * with pauses, and saves what it got. A real OS pipe from a shell: Node's own stdio pipes are socket pairs,
 * whose larger buffers would hide the loss.
 */
const READER = `
const fs = require("node:fs");
const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
pause(800);
const chunks = [];
const buf = Buffer.alloc(4096);
for (let n; (n = fs.readSync(0, buf, 0, buf.length, null)) > 0; pause(10)) chunks.push(Buffer.from(buf.subarray(0, n)));
fs.writeFileSync(process.argv[2], Buffer.concat(chunks));
`;

async function runSlowly(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), "dien-mau-pipe-"));
  const [reader, out, code] = [join(dir, "reader.js"), join(dir, "out"), join(dir, "code")];
  writeFileSync(reader, READER);
  // sh, not bash: `$?` of the scan is kept in a file, as a plain sh pipeline reports only the reader's.
  const script = '{ "$0" bin/dien-mau.js scan "$@"; echo $? >"$CODE"; } | "$0" "$READER" "$OUT"';
  const { stderr } = await promisify(execFile)("sh", ["-c", script, process.execPath, ...args], {
    cwd: ROOT,
    env: { ...process.env, CODE: code, READER: reader, OUT: out },
  });
  return { code: Number(readFileSync(code, "utf8")), stdout: readFileSync(out, "utf8"), stderr };
}

// The slow reader stands at the end of a POSIX shell pipeline.
const posix = process.platform === "win32" ? describe.skip : describe;

posix("scan in a pipe", () => {
  test("a JSON result over 64 KB reaches a slow reader whole", async () => {
    const text = readFileSync(join(ROOT, "assets/template.txt"), "utf8").repeat(4);
    const file = join(mkdtempSync(join(tmpdir(), "dien-mau-pipe-")), "bon-lan.txt");
    writeFileSync(file, text);
    const r = await runSlowly([file, "--json"]);
    expect(r.code).toBe(0);
    expect(Buffer.byteLength(r.stdout)).toBeGreaterThan(64 * 1024);
    const out = JSON.parse(r.stdout) as { blanks: unknown[] };
    expect(out.blanks).toHaveLength(scan({ snapshot: snapshotFromText(text) }).blanks.length);
  }, 180_000);

  test("a missing file: nothing on stdout, one line on stderr, a non-zero exit", async () => {
    const r = await runSlowly([join(tmpdir(), "dien-mau-khong-co.docx"), "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  }, 180_000);
});
