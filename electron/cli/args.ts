// A small, strict argument parser: unknown flags are usage errors, not silently ignored.

export class UsageError extends Error {}

export interface ParsedArgs {
  command: string | null;
  positionals: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['data', 'kind', 'year', 'sheet', 'out', 'on-conflict', 'unit']);
const BOOLEAN_FLAGS = new Set(['json', 'dry-run', 'help', 'criteria', 'skip-errors']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (VALUE_FLAGS.has(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--')))
        throw new UsageError(`Thiếu giá trị cho --${name}.`);
      flags.set(name, value);
    } else if (BOOLEAN_FLAGS.has(name) && eq < 0) {
      flags.set(name, true);
    } else {
      throw new UsageError(`Không hiểu tùy chọn "${a}".`);
    }
  }
  return { command: positionals.shift() ?? null, positionals, flags };
}
