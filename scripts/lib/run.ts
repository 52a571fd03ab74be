/**
 * How the command-line tools end: with `process.exitCode`, never `process.exit`. A pipe to a slow reader takes
 * stdout asynchronously, and `process.exit` would drop whatever it had not taken yet (past 64 KB on Linux).
 */

/** Writes to a stream and resolves once the stream has taken the text (for a pipe: handed it to the OS). */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

/** What a command's failure prints (one line, on stderr) and the exit code it ends with. */
export interface Failure {
  code: number;
  message: string;
}

/**
 * Runs a command to its end: its exit code becomes the process's, a thrown error becomes one line on stderr and
 * `failure(err).code`. Node exits by itself once stdout and stderr have drained.
 */
export async function runCommand(
  command: (args: string[]) => Promise<number>,
  args: string[],
  failure: (err: unknown) => Failure,
): Promise<void> {
  // A reader that goes away early (`| head`) is not an error of ours: stop writing, keep the exit code.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
  });
  try {
    process.exitCode = await command(args);
  } catch (err) {
    const { code, message } = failure(err);
    process.exitCode = code;
    await write(process.stderr, message.split("\n")[0] + "\n");
  }
}
