#!/usr/bin/env node
/**
 * Builds Plainsight for both browsers from one source.
 *
 *   src/{content,background,popup,options}/index.ts ──esbuild──▶ dist/<browser>/*.js
 *   src/cli/index.ts ──esbuild (node)──▶ dist/cli/plainsight.mjs
 *   manifest/base.json + manifest/<browser>.json (+ package.json version) ──▶ dist/<browser>/manifest.json
 *   src/**\/*.{html,css}, src/_locales, icons/*.png ──copy──▶ dist/<browser>/
 *
 * Usage: node build.mjs [--watch] [--package] [--dev]
 *   --watch    rebuild on change
 *   --package  also write store zips and an AMO source zip to artifacts/
 *   --dev      no minification, inline source maps
 */
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const ROOT = dirname(fileURLToPath(import.meta.url));
const DIST = join(ROOT, 'dist');
const ARTIFACTS = join(ROOT, 'artifacts');
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = args.has('--dev') || watch;

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Per-browser facts known at build time become esbuild defines, never UA sniffing. */
const BROWSERS = {
  chrome: { target: 'chrome120', defines: { __FIREFOX__: 'false', __CHROME__: 'true' } },
  firefox: { target: 'firefox140', defines: { __FIREFOX__: 'true', __CHROME__: 'false' } },
};

/** Extension entry points; the content script must be a classic script (IIFE). */
const ENTRIES = {
  content: 'src/content/index.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/index.ts',
  options: 'src/options/index.ts',
};

/** Page files copied next to the bundles. */
const STATIC_PAGES = ['src/popup/popup.html', 'src/popup/popup.css', 'src/options/options.html', 'src/options/options.css', 'src/shared/ui-base.css'];

function deepMerge(base, patch) {
  if (Array.isArray(base) || Array.isArray(patch) || typeof base !== 'object' || typeof patch !== 'object' || !base || !patch) {
    return patch;
  }
  const out = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = key in base ? deepMerge(base[key], value) : value;
  }
  return out;
}

/**
 * Readability re-parses HTML with two `innerHTML` assignments (restoring the
 * cloned page between attempts, unwrapping <noscript> images). They are safe:
 * they run on Plainsight's inert clone. addons-linter flags every dynamic
 * innerHTML assignment, and AMO wants 0 warnings, so these two become the same
 * parse through DOMParser (an inert document) plus importNode. The build fails
 * if Readability changes and the statements are not found exactly.
 */
const READABILITY_HTML_ASSIGNMENTS = ['page.innerHTML = pageCacheHtml;', 'tmp.innerHTML = noscript.innerHTML;'];
const READABILITY_SET_HTML = `
function plainsightSetHtml(element, html) {
  var parsed = new DOMParser().parseFromString("<body>" + html, "text/html");
  var owner = element.ownerDocument;
  element.replaceChildren.apply(element, Array.from(parsed.body.childNodes, function (node) { return owner.importNode(node, true); }));
}
`;

const readabilityWithoutInnerHtml = {
  name: 'readability-without-innerhtml',
  setup(build) {
    build.onLoad({ filter: /@mozilla[\\/]readability[\\/]Readability\.js$/ }, (args) => {
      let source = readFileSync(args.path, 'utf8');
      for (const statement of READABILITY_HTML_ASSIGNMENTS) {
        const [target, value] = statement.slice(0, -1).split(' = ');
        const count = source.split(statement).length - 1;
        if (count !== 1) throw new Error(`Readability changed: expected "${statement}" once, found ${count}. Update build.mjs.`);
        source = source.replace(statement, `plainsightSetHtml(${target.replace('.innerHTML', '')}, ${value});`);
      }
      return { contents: READABILITY_SET_HTML + source, loader: 'js' };
    });
  },
};

function readJson(path) {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}

function writeManifest(browser) {
  const manifest = deepMerge(readJson('manifest/base.json'), readJson(`manifest/${browser}.json`));
  manifest.version = pkg.version;
  writeFileSync(join(DIST, browser, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

function copyStatic(browser) {
  const out = join(DIST, browser);
  for (const file of STATIC_PAGES) {
    try {
      cpSync(join(ROOT, file), join(out, file.split('/').pop()));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }
  cpSync(join(ROOT, 'src/_locales'), join(out, '_locales'), { recursive: true });
  mkdirSync(join(out, 'icons'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'icons')).filter((n) => n.endsWith('.png'))) {
    cpSync(join(ROOT, 'icons', name), join(out, 'icons', name));
  }
  writeManifest(browser);
}

function extensionOptions(browser) {
  const { target, defines } = BROWSERS[browser];
  return {
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: join(DIST, browser),
    bundle: true,
    format: 'iife',
    target,
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    // Letters as themselves, not \u escapes: the phrase, name and lexicon lists (Cyrillic, Polish, Turkish …) come out
    // at about a third of the size. Browsers read extension scripts as UTF-8 (Chrome requires it of content scripts).
    charset: 'utf8',
    metafile: true,
    logLevel: 'warning',
    define: { ...defines, __DEV__: String(dev) },
    plugins: [readabilityWithoutInnerHtml, afterBuild(() => copyStatic(browser), (meta) => writeFileSync(join(DIST, `meta-${browser}.json`), JSON.stringify(meta)))],
  };
}

function cliOptions() {
  return {
    absWorkingDir: ROOT,
    entryPoints: { plainsight: 'src/cli/index.ts' },
    outdir: join(DIST, 'cli'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
    plugins: [],
  };
}

/** Runs `onEnd` after every successful (re)build, so watch mode also refreshes static files. */
function afterBuild(onEnd, onMeta) {
  return {
    name: 'after-build',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length > 0) return;
        onEnd();
        if (result.metafile) onMeta(result.metafile);
        if (watch) console.log(`[${new Date().toLocaleTimeString()}] rebuilt ${relative(ROOT, build.initialOptions.outdir)}`);
      });
    },
  };
}

function zipDirectory(dir, prefix = '') {
  const files = {};
  const walk = (current) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[prefix + relative(dir, path)] = [readFileSync(path), { mtime: new Date('2026-01-01T00:00:00Z') }];
    }
  };
  walk(dir);
  return zipSync(files, { level: 9 });
}

/** Store zips plus the source archive AMO reviewers rebuild from (see README "Building for AMO"). */
function writePackages() {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const browser of Object.keys(BROWSERS)) {
    writeFileSync(join(ARTIFACTS, `plainsight-${browser}-${pkg.version}.zip`), zipDirectory(join(DIST, browser)));
  }
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  const files = {};
  for (const file of tracked) files[`plainsight-${pkg.version}/${file}`] = readFileSync(join(ROOT, file));
  writeFileSync(join(ARTIFACTS, `plainsight-source-${pkg.version}.zip`), zipSync(files, { level: 9 }));
  console.log(`Packages written to ${relative(ROOT, ARTIFACTS)}/`);
}

async function main() {
  if (!watch) rmSync(DIST, { recursive: true, force: true });
  const configs = [...Object.keys(BROWSERS).map(extensionOptions), cliOptions()];
  for (const browser of Object.keys(BROWSERS)) mkdirSync(join(DIST, browser), { recursive: true });
  if (watch) {
    const contexts = await Promise.all(configs.map((config) => esbuild.context(config)));
    await Promise.all(contexts.map((context) => context.watch()));
    console.log('Watching for changes (Ctrl+C to stop)…');
    return;
  }
  await Promise.all(configs.map((config) => esbuild.build(config)));
  console.log(`Built Plainsight ${pkg.version} → dist/chrome, dist/firefox, dist/cli`);
  if (args.has('--package')) writePackages();
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
