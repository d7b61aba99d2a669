// The Electron shell as a static security checker sees it: nothing above Low, and the checker really reads our files.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCAN = path.join(ROOT, 'tests/support/electronegativityScan.ts');
const ELECTRON_VERSION = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'eng-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  level: number;
}

function scan(dir: string): { errors: unknown[]; issues: Finding[] } {
  const out = execFileSync(process.execPath, [SCAN, dir, ELECTRON_VERSION], { encoding: 'utf8', timeout: 120_000 });
  return JSON.parse(out) as { errors: unknown[]; issues: Finding[] };
}

/** What Electron loads: the shell, the preload, the page and package.json (for the Electron version). */
function copyApp(dest: string): void {
  for (const part of ['electron/main', 'electron/preload']) {
    fs.cpSync(path.join(ROOT, part), path.join(dest, part), { recursive: true });
  }
  fs.mkdirSync(path.join(dest, 'renderer'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'renderer/index.html'), path.join(dest, 'renderer/index.html'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dest, 'package.json'));
}

describe('Electronegativity', () => {
  it('finds nothing above Low in the shell, the preload and the page, and parses every file', () => {
    const dir = path.join(temp, 'app');
    copyApp(dir);
    const result = scan(dir);
    expect(result.errors).toEqual([]);
    expect(result.issues.filter((i) => i.level > 1)).toEqual([]);
  });

  it('reports an insecure window written the way ours is (the check is not blind)', () => {
    const dir = path.join(temp, 'insecure');
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, 'window.ts'),
      `import { BrowserWindow } from 'electron';
export function open(preload: string): BrowserWindow {
  return new BrowserWindow({ webPreferences: { preload, contextIsolation: false, sandbox: false, nodeIntegration: true } });
}
`,
    );
    const ids = scan(dir)
      .issues.filter((i) => i.level > 1)
      .map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]),
    );
  });
});
