/** `npm run scan` from the sources (tests, development); `npm run scan` itself runs the built `dien-mau scan`. */
import { scanCommand, scanFailure } from "./lib/scan";
import { runCommand } from "./lib/run";

const args = process.argv.slice(2);
void runCommand(scanCommand, args, (err) => scanFailure(err, args));
