/** `npm run fill` from the sources (tests, development); `npm run fill` itself runs the built `dien-mau fill`. */
import { fillCommand, fillFailure } from "./lib/fill";
import { runCommand } from "./lib/run";

void runCommand(fillCommand, process.argv.slice(2), fillFailure);
