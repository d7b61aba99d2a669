// The renderer's layering stays true: no main-process code, features meet only through their index.ts, the kit sits
// below the features and the app, and no two renderer folders import each other, directly or around a loop.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'renderer/src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

interface Edge {
  file: string;
  spec: string;
  target: string | null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

function edges(): Edge[] {
  return sourceFiles(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => {
      const spec = (m[1] ?? m[2])!;
      const target = spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : null;
      return { file: path.relative(SRC, file), spec, target };
    }),
  );
}

/** The folder a renderer file belongs to for layering: app, kit, features/<name>, or '.' for the entry files. */
function folderOf(relative: string): string {
  const parts = relative.split(path.sep);
  if (parts[0] === 'features') return `features/${parts[1]}`;
  return parts.length > 1 ? parts[0]! : '.';
}

/** Imports from outside a feature folder into one of its files other than its index.ts. */
function intoFeatureInternals(all: readonly Edge[]): string[] {
  return all
    .filter((e) => {
      if (!e.target || !e.target.startsWith(SRC + path.sep)) return false;
      const to = path.relative(SRC, e.target);
      const toFolder = folderOf(to);
      if (!toFolder.startsWith('features/') || toFolder === folderOf(e.file)) return false;
      return path.basename(to) !== 'index.ts';
    })
    .map((e) => `${e.file} -> ${e.spec}`);
}

describe('renderer layers', () => {
  const all = edges();

  it('reads a fair number of imports', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it('never imports electron or main-process code', () => {
    const bad = all.filter(
      (e) =>
        e.spec === 'electron' ||
        e.spec.startsWith('electron/') ||
        (e.target !== null && path.relative(ROOT, e.target).split(path.sep)[0] === 'electron'),
    );
    expect(bad.map((e) => `${e.file} -> ${e.spec}`)).toEqual([]);
  });

  it('reaches another feature only through its index.ts', () => {
    expect(intoFeatureInternals(all)).toEqual([]);
  });

  it('reports a feature or the app reaching into another feature, not its own files or an index.ts', () => {
    const edge = (file: string, spec: string): Edge => ({
      file: file.split('/').join(path.sep),
      spec,
      target: path.resolve(path.dirname(path.join(SRC, file)), spec),
    });
    const found = intoFeatureInternals([
      edge('features/settings/SettingsPage.tsx', '../decisions/DecisionTemplateEditor.tsx'),
      edge('app/routes.tsx', '../features/round/RoundPage.tsx'),
      edge('features/settings/SettingsPage.tsx', '../decisions/index.ts'),
      edge('features/settings/SettingsPage.tsx', './RulesFields.tsx'),
      edge('features/settings/SettingsPage.tsx', '../../kit/useLoad.ts'),
    ]);
    expect(found).toEqual([
      `${path.join('features', 'settings', 'SettingsPage.tsx')} -> ../decisions/DecisionTemplateEditor.tsx`,
      `${path.join('app', 'routes.tsx')} -> ../features/round/RoundPage.tsx`,
    ]);
  });

  it('keeps the kit below the features and the app', () => {
    const bad = all.filter(
      (e) =>
        folderOf(e.file) === 'kit' && e.target !== null && !path.relative(SRC, e.target).startsWith(`kit${path.sep}`),
    );
    expect(bad.map((e) => `${e.file} -> ${e.spec}`)).toEqual([]);
  });

  it('has no cycle between renderer folders', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of all) {
      if (!e.target || !e.target.startsWith(SRC + path.sep)) continue;
      const from = folderOf(e.file);
      const to = folderOf(path.relative(SRC, e.target));
      if (from === to) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, trail: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' -> '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
    expect(graph.get('kit')).toBeUndefined();
  });
});
