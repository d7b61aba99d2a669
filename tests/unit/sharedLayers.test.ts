// The shared folder stays pure, as both processes and the CLI load it: it imports only its own files and zod, never
// Node, Electron, the DOM's libraries or code of the main process or the renderer.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED = path.join(ROOT, 'shared');
const IMPORT_RE =
  /(?:^|[\n;])\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*(?:\(\s*)?['"]([^'"]+)['"]/g;
/** The only packages shared code may use. */
const PACKAGES = new Set(['zod']);

function sharedFiles(dir = SHARED): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sharedFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Every import of a shared file that leaves the shared folder for anything but an allowed package. */
function impurities(file: string, source: string): string[] {
  return [...source.matchAll(IMPORT_RE)]
    .map((m) => (m[1] ?? m[2])!)
    .filter((spec) => {
      if (spec.startsWith('.')) return !path.resolve(path.dirname(file), spec).startsWith(SHARED + path.sep);
      if (spec.startsWith('#shared/')) return false;
      return !PACKAGES.has(spec);
    })
    .map((spec) => `${path.relative(ROOT, file)} -> ${spec}`);
}

describe('shared layer', () => {
  const files = sharedFiles();

  it('reads the shared files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('imports only its own files and zod', () => {
    expect(files.flatMap((f) => impurities(f, fs.readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('reports an import of Node, Electron, a UI library or another layer', () => {
    const file = path.join(SHARED, 'text', 'example.ts');
    const source = [
      "import fs from 'node:fs';",
      "import { app } from 'electron';",
      "import { Button } from 'antd';",
      "import { DomainError } from '../../electron/core/errors.ts';",
      "import type { Loaded } from '../../renderer/src/kit/useLoad.ts';",
      "import { z } from 'zod';",
      "import { foldText } from './fold.ts';",
      "import type { Role } from '../domain/accounts.ts';",
    ].join('\n');
    expect(impurities(file, source)).toEqual([
      'shared/text/example.ts -> node:fs',
      'shared/text/example.ts -> electron',
      'shared/text/example.ts -> antd',
      'shared/text/example.ts -> ../../electron/core/errors.ts',
      'shared/text/example.ts -> ../../renderer/src/kit/useLoad.ts',
    ]);
  });
});
