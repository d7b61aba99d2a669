// The Windows installer cannot be built here (electron-builder downloads Electron and NSIS); its config is checked
// against electron-builder's own schema instead, for the fuses that harden the packaged binary.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const config = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');

/** The `key: value` lines of one top-level block of the YAML file. */
function block(name: string): Map<string, string> {
  const lines = config.split('\n');
  const start = lines.indexOf(`${name}:`);
  expect(start, `${name} is missing`).toBeGreaterThanOrEqual(0);
  const entries = new Map<string, string>();
  for (const line of lines.slice(start + 1)) {
    const m = /^ {2}(\w+): (.+)$/.exec(line);
    if (!m) break;
    entries.set(m[1]!, m[2]!);
  }
  return entries;
}

describe('installer config', () => {
  const fuses = block('electronFuses');

  it('turns off running as Node, NODE_OPTIONS and the inspector, and checks the asar', () => {
    expect(Object.fromEntries(fuses)).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
    });
  });

  it("names only fuses electron-builder's schema knows", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: Record<string, { properties?: Record<string, unknown> }>;
    };
    const known = Object.keys(schema.definitions.FuseOptionsV1?.properties ?? {});
    expect(known.length).toBeGreaterThan(5);
    for (const name of fuses.keys()) expect(known).toContain(name);
  });

  it('packs the app into an asar, which the integrity fuse needs', () => {
    expect(config).not.toMatch(/^asar: false/m);
  });
});
