// Test-only loopback bridge: serves the built renderer and answers window.api calls with the real handler table.
// It exists only in tests; the app itself talks over Electron IPC.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import { createHandlerTable } from '../../electron/core/handlerTable.ts';
import type { AppContext } from '../../electron/core/api/types.ts';
import { openDataFolder } from '../../electron/core/dataFolder.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface Bridge {
  url: string;
  context: AppContext;
  /** Files the fake dialogs return next, in order. */
  nextOpen: string[];
  nextSave: string[];
  nextFolder: string[];
  /** Files the app asked the system to open. */
  opened: string[];
  /** Each time the app asked for the system print dialog. */
  printed: Date[];
  /** Where "save as PDF" gets its bytes: the test points it at its Chromium page (page.pdf). */
  printer: { pdf?: () => Promise<Uint8Array> };
  close(): Promise<void>;
}

/** The script run in the page before the app: the same narrow object the preload exposes. */
export const API_INIT_SCRIPT = `
  window.api = {
    call: (method, input) =>
      fetch('/__api', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method, input }) })
        .then((r) => r.json()),
  };
`;

export async function startBridge(dataDir: string, rendererDir: string): Promise<Bridge> {
  const store = openDataFolder(dataDir);
  const nextOpen: string[] = [];
  const nextSave: string[] = [];
  const nextFolder: string[] = [];
  const opened: string[] = [];
  const printed: Date[] = [];
  const printer: Bridge['printer'] = {};
  const context: AppContext = {
    store,
    session: { user: null },
    pickedFiles: new Map(),
    now: () => new Date(),
    host: {
      pickSpreadsheet: async () => nextOpen.shift() ?? null,
      pickSavePath: async () => nextSave.shift() ?? null,
      pickOpenFile: async () => nextOpen.shift() ?? null,
      pickFolder: async () => nextFolder.shift() ?? null,
      openPath: async (p) => void opened.push(p),
      print: async () => void printed.push(new Date()),
      printToPdf: async () => {
        if (!printer.pdf) throw new Error('The test has not said which page prints.');
        return printer.pdf();
      },
    },
  };
  const handlers = createHandlerTable();
  const root = path.resolve(rendererDir);

  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/__api') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        let body: { method?: unknown; input?: unknown };
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
        } catch {
          res.writeHead(400).end();
          return;
        }
        void dispatch(handlers, context, body.method, body.input).then((result) => {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
        });
      });
      return;
    }
    const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const file = path.join(root, urlPath === '/' ? 'index.html' : urlPath);
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    context,
    nextOpen,
    nextSave,
    nextFolder,
    opened,
    printed,
    printer,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // A restore replaces the context's store; the original is closed by then.
      await context.store.close();
    },
  };
}
