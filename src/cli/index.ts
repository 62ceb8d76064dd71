/**
 * `plainsight` command-line tool: the same engine as the extension, over files.
 * One bad file never stops the run; its error is reported and the exit code is 1.
 */
import { parseArgs } from 'node:util';
import { analyzeFile } from './read-input.js';
import { formatReport, toJsonLine } from './report.js';
import { USAGE } from './usage.js';
import { isSummaryLength, type SummaryLength } from '../shared/settings-schema.js';

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        url: { type: 'string' },
        summary: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, ...files] = positionals;
  if (command !== 'analyze') return usageError(command ? `unknown command "${command}"` : 'missing command');
  if (files.length === 0) return usageError('no FILE given');
  if (values.url !== undefined && !/^https?:\/\/\S+$/i.test(values.url)) return usageError(`--url must be an http(s) URL, got "${values.url}"`);
  if (values.summary !== undefined && !isSummaryLength(values.summary)) return usageError('--summary must be short, medium or long');
  return analyzeAll(files, { json: values.json, url: values.url, summaryLength: values.summary as SummaryLength | undefined });
}

function analyzeAll(files: string[], options: { json: boolean; url?: string; summaryLength?: SummaryLength }): number {
  let failed = false;
  for (const file of files) {
    try {
      const analysis = analyzeFile(file, options);
      process.stdout.write(options.json ? toJsonLine(file, analysis) + '\n' : formatReport(file, analysis) + '\n');
    } catch (error) {
      failed = true;
      const message = describeError(error);
      if (options.json) process.stdout.write(JSON.stringify({ file, error: message }) + '\n');
      else process.stderr.write(`plainsight: ${file}: ${message}\n`);
    }
  }
  return failed ? 1 : 0;
}

function describeError(error: unknown): string {
  const code = (error as { code?: string })?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function usageError(message: string): number {
  process.stderr.write(`plainsight: ${message}\n\n${USAGE}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
