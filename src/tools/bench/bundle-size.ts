/**
 * Bundle sizes: what each browser's build ships (bytes and gzip of every
 * script in dist/<browser>), what the same entry points weigh unminified, and
 * which inputs take the most room. Contributors come from the esbuild metafile
 * build.mjs writes (dist/meta-<browser>.json); without one, esbuild is run
 * here over the same entry points with `metafile: true`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

export const BROWSERS = ['chrome', 'firefox'] as const;

/** Entry points build.mjs bundles for the extension (src/<context>/index.ts). */
const CONVENTIONAL_ENTRIES = ['content', 'background', 'popup', 'options'].map((context) => `src/${context}/index.ts`);

export interface Contributor {
  input: string;
  bytes: number;
}

export interface BundleSize {
  /** Output file name relative to dist/<browser>, or the entry point when measured without dist. */
  file: string;
  entry: string | null;
  /** The bundle built without minification. */
  unminifiedBytes: number | null;
  /** The bundle as shipped in dist (minified by build.mjs), or built minified here. */
  minifiedBytes: number;
  gzipBytes: number;
  contributors: Contributor[];
}

export interface SizeReport {
  browser: string;
  /** Where the figures come from: the built dist folder, or esbuild run here. */
  source: 'dist' | 'esbuild';
  note: string | null;
  bundles: BundleSize[];
}

type Metafile = esbuild.Metafile;

/** Groups inputs by npm package (node_modules/<pkg>) so a library reads as one contributor. */
export function contributorName(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return match ? match[1]! : input;
}

/** Biggest inputs of one output of a metafile, grouped by package. */
export function topContributors(output: Metafile['outputs'][string], count = 5): Contributor[] {
  const bytes = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = contributorName(input);
    bytes.set(name, (bytes.get(name) ?? 0) + bytesInOutput);
  }
  return [...bytes].map(([input, size]) => ({ input, bytes: size })).sort((a, b) => b.bytes - a.bytes).slice(0, count);
}

async function bundleBytes(root: string, browser: string, entry: string, minify: boolean): Promise<{ bytes: number; metafile: Metafile; text: string }> {
  const result = await esbuild.build({
    absWorkingDir: root, entryPoints: [entry], bundle: true, format: 'iife', minify, write: false,
    metafile: true, legalComments: 'none', logLevel: 'silent', outdir: 'out', define: { __FIREFOX__: String(browser === 'firefox'), __CHROME__: String(browser === 'chrome'), __DEV__: 'false' },
  });
  const file = result.outputFiles.find((output) => output.path.endsWith('.js'))!;
  return { bytes: file.contents.byteLength, metafile: result.metafile, text: file.text };
}

/** Sizes of one browser's build in `root/dist/<browser>`, or of the entry points when there is no build. */
export async function measureSizes(root: string, browser: string): Promise<SizeReport> {
  const dist = join(root, 'dist', browser);
  const metaPath = join(root, 'dist', `meta-${browser}.json`);
  if (!existsSync(dist)) return measureFromSource(root, browser, `no dist/${browser} (run \`npm run build\` first); sizes from esbuild over the entry points`);
  const meta: Metafile | null = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as Metafile) : null;
  const bundles: BundleSize[] = [];
  for (const file of listFiles(dist).filter((name) => /\.(js|css)$/.test(name))) {
    const bytes = readFileSync(join(dist, file));
    const output = meta ? Object.entries(meta.outputs).find(([path]) => path.endsWith(`${browser}/${file}`))?.[1] : undefined;
    const entry = output?.entryPoint ?? null;
    const unminified = entry && existsSync(join(root, entry)) ? (await bundleBytes(root, browser, entry, false)).bytes : null;
    const contributors = output ? topContributors(output) : [];
    bundles.push({ file, entry, unminifiedBytes: unminified, minifiedBytes: bytes.byteLength, gzipBytes: gzipSync(bytes, { level: 9 }).byteLength, contributors });
  }
  return { browser, source: 'dist', note: meta ? null : `no dist/meta-${browser}.json: contributors unknown`, bundles };
}

async function measureFromSource(root: string, browser: string, note: string): Promise<SizeReport> {
  let entries = CONVENTIONAL_ENTRIES.filter((entry) => existsSync(join(root, entry)));
  // Before the extension entry points exist, the engine is what the content script will carry.
  if (entries.length === 0) entries = ['src/core/index.ts'];
  const bundles: BundleSize[] = [];
  for (const entry of entries) {
    const unminified = await bundleBytes(root, browser, entry, false);
    const minified = await bundleBytes(root, browser, entry, true);
    const output = Object.values(minified.metafile.outputs).find((out) => out.entryPoint !== undefined)!;
    bundles.push({
      file: entry, entry, unminifiedBytes: unminified.bytes, minifiedBytes: minified.bytes,
      gzipBytes: gzipSync(Buffer.from(minified.text), { level: 9 }).byteLength, contributors: topContributors(output),
    });
  }
  return { browser, source: 'esbuild', note, bundles };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}
