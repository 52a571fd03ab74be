/** The command-line tools as a user runs them: `node bin/dien-mau.js scan|fill|collect …`, a real process. */
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";

export const ROOT = resolve(__dirname, "../..");
const run = promisify(execFile);

export interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** One call of `npx dien-mau <command> …` (its bundle, built first when a source is newer), in the project root. */
export async function tool(command: "scan" | "fill" | "collect", args: string[]): Promise<ToolResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["bin/dien-mau.js", command, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
