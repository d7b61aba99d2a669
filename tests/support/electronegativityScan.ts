// Runs Electronegativity (a static checker of Electron apps) on a folder and prints its findings as JSON.
// A child process of its own: the checker's optional look-up of translations online cannot reach the network here,
// and a retry timer of its HTTP client may throw after the scan; the result is printed and the process ends first.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity') as (options: object) => Promise<{
  errors: { file: string; message?: string }[];
  issues: {
    id: string;
    file: string;
    location: { line: number; column: number };
    severity: { name: string; value: number };
    confidence: { name: string };
    manualReview: boolean;
  }[];
}>;

const [input, electronVersion] = process.argv.slice(2);
// The checker talks on stdout; only the JSON result goes there.
console.log = (...args: unknown[]) => console.error(...args);
process.on('uncaughtException', (error) => {
  // Only the known failure of the offline translation look-up is ignored; anything else fails the scan.
  if (/onCancel. handler was attached/.test(String(error))) return;
  console.error(error);
  process.exit(1);
});
const result = await run({
  input,
  isRelative: true,
  isVerbose: false,
  customScan: [],
  excludeFromScan: ['availablesecurityfixesglobalcheck'],
  electronVersionOverride: electronVersion,
  parserPlugins: [],
});
process.stdout.write(
  JSON.stringify({
    errors: result.errors,
    issues: result.issues.map((i) => ({
      id: i.id,
      file: i.file,
      line: i.location.line,
      severity: i.severity.name,
      level: i.severity.value,
      confidence: i.confidence.name,
      manualReview: i.manualReview,
    })),
  }),
);
process.exit(0);
