/**
 * Serves the hand-written fixture pages (and pages a test builds on the fly)
 * from 127.0.0.1 on a free port. Nothing leaves the machine.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

export interface FixtureServer {
  origin: string;
  /** URL of a fixture file, e.g. url('moscow-times-article.html'). */
  url(path: string): string;
  /** Serves `html` at `/dynamic/<name>` until the server closes. */
  addPage(name: string, html: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const dynamic = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const send = (status: number, body: string | Buffer, type = 'text/html; charset=utf-8') => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (path.startsWith('/dynamic/')) {
      const html = dynamic.get(path.slice('/dynamic/'.length));
      return html === undefined ? send(404, 'not found') : send(200, html);
    }
    if (path.includes('..') || !/^\/[\w.-]+\.html$/.test(path)) return send(404, 'not found');
    readFile(PAGES_DIR + path.slice(1)).then((body) => send(200, body), () => send(404, 'not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path}`,
    addPage(name, html) {
      dynamic.set(name, html);
      return `${origin}/dynamic/${name}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
