// Runs the real CLI as a child process, the way IT staff and automation do.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'electron/cli/main.ts');

export interface Run {
  args: string[];
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Every run, so a test can check that --json output always parses. */
export const runs: Run[] = [];

export function cli(...args: string[]): Promise<Run> {
  return cliIn(ROOT, ...args);
}

export function cliIn(cwd: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const run = { args, code, stdout, stderr };
      runs.push(run);
      resolve(run);
    });
  });
}

export function json<T>(run: Run): T {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
}
