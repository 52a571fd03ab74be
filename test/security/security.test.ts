/**
 * What ships in the pane: a Content-Security-Policy that allows nothing but our files and Office's script (from
 * either host that serves it), no eval-like code or raw HTML injection in our source, and no high or critical
 * advisory in production dependencies.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { contentSecurityPolicy } from "../../scripts/lib/csp";

const root = resolve(__dirname, "../..");

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|js)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** npm audit asks the registry's advisory service; where it cannot be reached the test is skipped, loudly. */
function runAudit(): { counts?: Record<string, number> } {
  const r = spawnSync("npm", ["audit", "--omit=dev", "--omit=optional", "--json"], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  let report: { metadata?: { vulnerabilities?: Record<string, number> }; message?: string } = {};
  try {
    report = JSON.parse(r.stdout || "{}");
  } catch {
    report = {};
  }
  if (!report.metadata?.vulnerabilities) {
    const why = report.message ?? r.stderr?.split("\n")[0] ?? "no answer";
    console.warn(`SKIPPED: npm audit — the registry's advisory service could not be used (${why}).`);
  }
  return { counts: report.metadata?.vulnerabilities };
}

const audit = runAudit();

describe("security of what ships", () => {
  // office.js is served from both hosts and loads its further files, and frames, from the host it came from.
  const officeHosts = ["https://appsforoffice.microsoft.com", "https://officeapis.public.onecdn.static.microsoft"];

  test("the production pages' CSP allows only our files and office.js, from either of its hosts", () => {
    const csp = directives(contentSecurityPolicy(false));
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", ...officeHosts]);
    expect(csp.get("frame-src")).toEqual(["'self'", ...officeHosts]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    const all = [...csp.values()].flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(all.filter((v) => /^(https?|wss?):/.test(v))).toEqual(all.filter((v) => officeHosts.includes(v)));
  });

  test("in development the CSP adds only the live reload's websocket to localhost", () => {
    const prod = directives(contentSecurityPolicy(false));
    const dev = directives(contentSecurityPolicy(true));
    expect(dev.get("connect-src")).toEqual(["'self'", "wss://localhost:*", "ws://localhost:*"]);
    expect([...dev].filter(([name]) => name !== "connect-src")).toEqual(
      [...prod].filter(([name]) => name !== "connect-src"),
    );
  });

  test("every page template carries the CSP, and the build gives it to every page", () => {
    const config = readFileSync(join(root, "webpack.config.js"), "utf8");
    expect(config).toMatch(/csp: contentSecurityPolicy\(dev\)/);
    const templates = [...config.matchAll(/"\.\/(src\/[^"]+\.html)"/g)].map((m) => m[1]);
    expect(templates).toEqual(expect.arrayContaining(["src/taskpane/taskpane.html", "src/commands/commands.html"]));
    for (const template of templates) {
      expect(readFileSync(join(root, template), "utf8")).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="<%- csp %>"/,
      );
    }
  });

  test("our source has no eval, no new Function and no raw HTML injection", () => {
    const offenders = sourceFiles(join(root, "src")).flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return [/\beval\s*\(/, /\bnew Function\s*\(/, /dangerouslySetInnerHTML/, /\.innerHTML\s*=/]
        .filter((re) => re.test(text))
        .map((re) => `${relative(root, file)}: ${re.source}`);
    });
    expect(offenders).toEqual([]);
  });

  test("the manifest asks only for ReadWriteDocument", () => {
    const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
    expect([...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual([
      "ReadWriteDocument",
    ]);
  });

  (audit.counts ? test : test.skip)("production dependencies have no high or critical advisory (npm audit)", () => {
    const counts = audit.counts ?? {};
    expect({ high: counts.high ?? 0, critical: counts.critical ?? 0 }).toEqual({ high: 0, critical: 0 });
  });
});
