/** How the project's command-line tools (eval, bench, report) answer `--help` and bad options. */

/** Runs the tool's option parser; a bad or unknown option prints the error and the usage, and exits 2. */
export function parsedOrUsage<T>(parse: () => T, usage: string): T {
  try {
    return parse();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    process.exit(2);
  }
}

/** Prints the usage (to stdout for --help, to stderr for a mistake) and exits. */
export function exitWithUsage(usage: string, code: 0 | 2): never {
  (code === 0 ? process.stdout : process.stderr).write(`${usage}\n`);
  process.exit(code);
}
