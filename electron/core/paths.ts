// Where data lives by default: the same folder the desktop app uses under its userData.
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'AnToanANTT';

/** Electron's appData root, computed without Electron so the CLI finds the app's data. */
export function appDataRoot(): string {
  if (process.platform === 'win32') return process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
}

export function defaultDataDir(userData = path.join(appDataRoot(), APP_FOLDER)): string {
  return path.join(userData, 'du-lieu');
}

/** Reads "--data DIR" (or "--data=DIR") from a command line. */
export function dataDirFromArgs(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--data') return argv[i + 1] ?? null;
    if (a.startsWith('--data=')) return a.slice('--data='.length);
  }
  return null;
}
