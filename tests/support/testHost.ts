// A Host for tests that run the handler table without Electron: every dialog is cancelled and nothing opens or
// prints, unless the test passes its own function for that step.
import type { Host } from '../../electron/core/api/types.ts';

export function testHost(overrides: Partial<Host> = {}): Host {
  return {
    pickSpreadsheet: async () => null,
    pickSavePath: async () => null,
    pickOpenFile: async () => null,
    pickFolder: async () => null,
    openPath: async () => undefined,
    print: async () => undefined,
    printToPdf: async () => new Uint8Array(),
    ...overrides,
  };
}
