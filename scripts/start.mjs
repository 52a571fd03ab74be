#!/usr/bin/env node
/**
 * `npm start`: where Word desktop is installed (Windows, macOS), sideload the add-in into Word with
 * office-addin-debugging and open the shipped template; elsewhere (Linux, CI) — or with `--preview` — serve the
 * preview host over HTTPS on localhost and print its URL once it really answers.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:https";
import { join } from "node:path";
import { nodeBin, requireBin, root } from "./lib/bin.mjs";

const port = Number(process.env.DEV_PORT || 3000);
const wantPreview = process.argv.includes("--preview");

function wordDesktopPath() {
  const candidates =
    process.platform === "win32"
      ? [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]]
          .filter(Boolean)
          .map((p) => join(p, "Microsoft Office", "root", "Office16", "WINWORD.EXE"))
      : process.platform === "darwin"
        ? ["/Applications/Microsoft Word.app"]
        : [];
  return candidates.find((p) => existsSync(p));
}

function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

function get(url) {
  return new Promise((resolve) => {
    const req = request(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => resolve(0));
    req.on("timeout", () => {
      req.destroy();
      resolve(0);
    });
    req.end();
  });
}

function startInWord() {
  const debugging = nodeBin("office-addin-debugging");
  const devCerts = nodeBin("office-addin-dev-certs");
  if (!debugging || !devCerts) {
    fail(
      "office-addin-debugging is not installed (it is an optional dependency and was skipped). " +
        "Run `npm install office-addin-debugging office-addin-dev-certs`, or use `npm run preview`.",
    );
  }
  const certs = spawnSync(devCerts[0], [devCerts[1], "install"], { stdio: "inherit", cwd: root });
  if (certs.status !== 0) fail("could not install the development certificates (office-addin-dev-certs install).");
  const webpack = requireBin("webpack-cli");
  // office-addin-debugging runs this command line itself, in a shell.
  const devServer = `"${webpack[0]}" "${webpack[1]}" serve --mode development`;
  const child = spawn(
    debugging[0],
    [
      debugging[1],
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "word",
      "--document",
      join(root, "assets", "template.docx"),
      "--dev-server",
      devServer,
      "--dev-server-port",
      String(port),
    ],
    { stdio: "inherit", cwd: root, env: { ...process.env, DEV_CERTS: "office" } },
  );
  child.on("exit", (code) => process.exit(code ?? 1));
}

async function startPreview() {
  if (await get(`https://localhost:${port}/`)) {
    fail(`port ${port} is already in use. Stop the other server (npm stop) or set DEV_PORT=3001.`);
  }
  const hasPreview = existsSync(join(root, "src", "preview", "index.tsx"));
  console.log(`Starting the ${hasPreview ? "preview host" : "task pane dev server"} on https://localhost:${port}/ …`);
  const [node, webpack] = requireBin("webpack-cli");
  const server = spawn(node, [webpack, "serve", "--mode", "development"], {
    stdio: ["ignore", "pipe", "inherit"],
    cwd: root,
    env: { ...process.env, DEV_PORT: String(port) },
  });
  let log = "";
  server.stdout.on("data", (d) => {
    log += d.toString();
    if (log.length > 20000) log = log.slice(-20000);
  });
  server.on("exit", (code) => {
    process.stdout.write(log);
    fail(`the dev server stopped (exit code ${code}).`);
  });
  const stop = () => {
    server.kill();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  const page = hasPreview ? "preview.html" : "taskpane.html";
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (/compiled with \d+ errors?|ERROR in /.test(log)) {
      process.stdout.write(log);
      server.removeAllListeners("exit");
      server.kill();
      fail("the build failed; see the errors above.");
    }
    if ((await get(`https://localhost:${port}/${page}`)) === 200) {
      console.log("\n✓ Ready.");
      if (hasPreview) {
        console.log(`  Open https://localhost:${port}/preview.html — the shipped template beside the task pane.`);
        console.log("  (The certificate is self-signed: accept it once in the browser.)");
      } else {
        console.log(`  Task pane: https://localhost:${port}/taskpane.html`);
        console.log("  To use it in Word, sideload manifest.xml (see README, 'Sideloading').");
      }
      console.log("  Press Ctrl+C to stop.");
      server.stdout.on("data", (d) => process.stdout.write(d));
      return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.removeAllListeners("exit");
  server.kill();
  fail(`the dev server did not answer within 3 minutes.\n${log.slice(-2000)}`);
}

if (!wantPreview && wordDesktopPath()) startInWord();
else await startPreview();
