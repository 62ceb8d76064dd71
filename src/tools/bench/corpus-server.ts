/** Serves a corpus folder read-only on 127.0.0.1 (a free port), for loading pages in a real browser. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';

export interface CorpusServer {
  /** URL of `<page>/source.html`. */
  pageUrl(name: string): string;
  close(): Promise<void>;
}

export async function serveCorpus(dir: string): Promise<CorpusServer> {
  const root = normalize(dir + sep);
  const server: Server = createServer((request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    readFile(path).then(
      (body) => {
        const type = path.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream';
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    pageUrl: (name) => `http://127.0.0.1:${port}/${encodeURIComponent(name)}/source.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
