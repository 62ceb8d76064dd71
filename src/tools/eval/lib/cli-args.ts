/** Minimal `--name value` / `--flag` argument parsing for the evaluation tools. */

/**
 * Parses `--key value` pairs and bare `--flag`s. Unknown options are an error,
 * so a typo never silently runs the default evaluation.
 */
export function parseArgs(argv: readonly string[], known: Record<string, 'value' | 'flag'>): Map<string, string | true> {
  const args = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    const name = arg.replace(/^--/, '');
    const kind = known[name];
    if (!arg.startsWith('--') || !kind) throw new Error(`unknown argument: ${arg}`);
    if (kind === 'flag') {
      args.set(name, true);
      continue;
    }
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
    args.set(name, value);
  }
  return args;
}

/** A positive integer option, or undefined when absent. */
export function intArg(args: Map<string, string | true>, name: string): number | undefined {
  const value = args.get(name);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive integer`);
  return parsed;
}
