/**
 * `dien-mau scan|fill|collect …`: the one entry of the command-line tools, bundled into dist-cli/ (webpack.cli.config.js)
 * so a call starts in a fraction of a second instead of compiling TypeScript first.
 */
import { t } from "../src/i18n";
import { say } from "../src/i18n/collect";
import { collectCommand, collectFailure } from "./lib/collect";
import { fillCommand, fillFailure } from "./lib/fill";
import { runCommand } from "./lib/run";
import { scanCommand, scanFailure } from "./lib/scan";

const [command, ...args] = process.argv.slice(2);
if (command === "scan") void runCommand(scanCommand, args, (err) => scanFailure(err, args));
else if (command === "fill") void runCommand(fillCommand, args, fillFailure);
else if (command === "collect") void runCommand(collectCommand, args, collectFailure);
else {
  process.stderr.write(`${t("vi", "core.scan.usage")}\n${t("vi", "word.fill.usage")}\n${say("vi", "collect.usage")}\n`);
  process.exitCode = 2;
}
