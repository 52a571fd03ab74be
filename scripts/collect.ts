/** `npm run collect` from the sources (tests, development); `npm run collect` itself runs the built `dien-mau collect`. */
import { collectCommand, collectFailure } from "./lib/collect";
import { runCommand } from "./lib/run";

void runCommand(collectCommand, process.argv.slice(2), collectFailure);
