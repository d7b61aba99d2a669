// The layering of electron/core, checked on its real import graph: the kit (api/, db/, attachments/, fs/ and the
// root modules context, errors, paths) below the features, the handler table and the data-folder opener above them,
// features reaching each other only through index.ts, and no cycle between folders.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = path.resolve(import.meta.dirname, '../../electron/core');
/** Modules at the top of core: they assemble or open what the features provide. */
const ENTRY_FILES = new Set(['handlerTable.ts', 'dataFolder.ts']);

/** Query building, raw SQL or a transaction opened in place. */
const SQL_RE = /\.(selectFrom|insertInto|updateTable|deleteFrom|transaction)\(|\bsql`|from 'kysely'/;

interface Import {
  /** Both paths relative to electron/core, with forward slashes. */
  from: string;
  to: string;
}

function coreFiles(dir = CORE): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return coreFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

const IMPORT_RE = /(?:^|[\n;])\s*(?:import|export)\b[^'"`;]*?\bfrom\s*'([^']+)'|\bimport\s*(?:\(\s*)?'([^']+)'/g;

/** The relative imports of each file inside electron/core, resolved to core-relative paths. */
function scanImports(): Import[] {
  return coreFiles().flatMap((file) => {
    const source = fs.readFileSync(file, 'utf8');
    return [...source.matchAll(IMPORT_RE)]
      .map((m) => m[1] ?? m[2]!)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => ({
        from: path.relative(CORE, file).split(path.sep).join('/'),
        to: path
          .relative(CORE, path.resolve(path.dirname(file), spec))
          .split(path.sep)
          .join('/'),
      }))
      .filter((i) => !i.to.startsWith('..'));
  });
}

/** The folder a core file belongs to, as a node of the folder graph: `features/x`, `api`, or a root module. */
function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'features') return `features/${parts[1]}`;
  return parts.length > 1 ? parts[0]! : file.replace(/\.ts$/, '');
}

const isFeature = (file: string) => file.startsWith('features/');
const isEntry = (file: string) => ENTRY_FILES.has(file);

/** Every import that breaks the layering, as "from -> to: why". */
function layerProblems(imports: readonly Import[]): string[] {
  const problems: string[] = [];
  for (const { from, to } of imports) {
    const say = (why: string) => problems.push(`${from} -> ${to}: ${why}`);
    if (isEntry(from)) continue;
    if (isEntry(to)) say('only the entry points import the handler table and the data-folder opener');
    else if (!isFeature(from) && isFeature(to)) say('the kit must not import a feature');
    else if (
      isFeature(from) &&
      isFeature(to) &&
      folderOf(from) !== folderOf(to) &&
      !/^features\/[^/]+\/index\.ts$/.test(to)
    )
      say('another feature is reached only through its index.ts');
  }
  return problems;
}

/** Groups of folders that import each other, directly or round about (strongly connected, more than one). */
function folderCycles(imports: readonly Import[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    const [a, b] = [folderOf(from), folderOf(to)];
    if (!edges.has(a)) edges.set(a, new Set());
    if (!edges.has(b)) edges.set(b, new Set());
    if (a !== b) edges.get(a)!.add(b);
  }
  // Tarjan's algorithm; the graph has a few dozen nodes, so recursion depth is no concern.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return groups;
}

describe('core layers', () => {
  const imports = scanImports();

  it('reads the real import graph', () => {
    expect(imports.length).toBeGreaterThan(300);
    expect(imports).toContainEqual({ from: 'handlerTable.ts', to: 'features/units/handlers.ts' });
    expect(imports).toContainEqual({ from: 'features/round/service.ts', to: 'features/campaigns/index.ts' });
    expect(imports).toContainEqual({ from: 'features/backup/restore.ts', to: 'features/backup/restoreSwitch.ts' });
  });

  it('keeps the kit below the features, and features apart except through index.ts', () => {
    expect(layerProblems(imports)).toEqual([]);
  });

  it('has no cycle between folders', () => {
    expect(folderCycles(imports)).toEqual([]);
  });

  it('keeps SQL out of handlers: they call the feature services', () => {
    const handlers = coreFiles().filter((f) => path.basename(f) === 'handlers.ts');
    expect(handlers.length).toBeGreaterThan(10);
    const withSql = handlers.filter((f) => SQL_RE.test(fs.readFileSync(f, 'utf8')));
    expect(withSql.map((f) => path.relative(CORE, f))).toEqual([]);
  });

  it('reports each kind of violation', () => {
    expect(SQL_RE.test("const row = await app.store.db\n  .selectFrom('units')")).toBe(true);
    expect(SQL_RE.test('await app.store.db.transaction().execute(run)')).toBe(true);
    const bad: Import[] = [
      { from: 'db/open.ts', to: 'features/backup/index.ts' },
      { from: 'api/types.ts', to: 'handlerTable.ts' },
      { from: 'features/round/service.ts', to: 'features/campaigns/service.ts' },
      { from: 'features/round/handlers.ts', to: 'dataFolder.ts' },
      { from: 'features/round/service.ts', to: 'features/round/scope.ts' },
      { from: 'features/round/service.ts', to: 'features/units/index.ts' },
      { from: 'handlerTable.ts', to: 'features/round/handlers.ts' },
    ];
    expect(layerProblems(bad)).toEqual([
      'db/open.ts -> features/backup/index.ts: the kit must not import a feature',
      'api/types.ts -> handlerTable.ts: only the entry points import the handler table and the data-folder opener',
      'features/round/service.ts -> features/campaigns/service.ts: another feature is reached only through its index.ts',
      'features/round/handlers.ts -> dataFolder.ts: only the entry points import the handler table and the data-folder opener',
    ]);
    expect(
      folderCycles([
        { from: 'features/round/service.ts', to: 'features/incidents/index.ts' },
        { from: 'features/incidents/service.ts', to: 'features/appraisal/index.ts' },
        { from: 'features/appraisal/service.ts', to: 'features/round/index.ts' },
        { from: 'features/units/service.ts', to: 'context.ts' },
        { from: 'context.ts', to: 'db/open.ts' },
      ]),
    ).toEqual([['features/appraisal', 'features/incidents', 'features/round']]);
  });
});
