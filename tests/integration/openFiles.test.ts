// Opening stored files from the app: the system gets a read-only copy whose bytes equal the stored original.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import { createHandlerTable } from '../../electron/core/handlerTable.ts';
import type { AppContext } from '../../electron/core/api/types.ts';
import { createUser, getUser } from '../../electron/core/features/accounts/service.ts';
import { seedDemo } from '../../electron/core/features/demo/service.ts';
import { blobPath } from '../../electron/core/attachments/store.ts';
import { ISSUED_DIR } from '../../electron/core/db/open.ts';
import { testStore } from '../support/services.ts';
import { testHost } from '../support/testHost.ts';

let t: ReturnType<typeof testStore>;
let app: AppContext;
const opened: string[] = [];
beforeEach(async () => {
  t = testStore();
  await seedDemo(t.ctx, 2025);
  const { id } = await t.store.db
    .transaction()
    .execute((trx) =>
      createUser(trx, t.ctx, { username: 'xem', fullName: 'Lãnh đạo', role: 'leader', password: 'mat-khau-1' }),
    );
  opened.length = 0;
  app = {
    store: t.store,
    session: { user: await getUser(t.store.db, id) },
    pickedFiles: new Map(),
    now: () => new Date('2025-11-25T08:00:00Z'),
    host: testHost({ openPath: async (p) => void opened.push(p) }),
  };
});
afterEach(async () => t.close());

const table = createHandlerTable();

describe('opening stored files', () => {
  it('opens a dossier attachment as a read-only copy under its original name, even for a read-only user', async () => {
    const file = t.store.sqlite
      .prepare(
        'SELECT f.id, f.original_name AS name, a.sha256, a.extension FROM dossier_files f JOIN attachments a ON a.id = f.attachment_id LIMIT 1',
      )
      .get() as { id: number; name: string; sha256: string; extension: string };
    const result = await dispatch(table, app, 'dossierFiles.open', { fileId: file.id });
    expect(result).toEqual({ ok: true, value: null });
    expect(opened).toHaveLength(1);
    expect(opened[0]!.endsWith(file.name)).toBe(true);
    expect(fs.readFileSync(opened[0]!)).toEqual(
      fs.readFileSync(blobPath(t.store.attachmentsDir, file.sha256, file.extension)),
    );
    expect(fs.statSync(opened[0]!).mode & 0o222).toBe(0);
  });

  it('opens an issued decision file as a read-only copy of the issued original', async () => {
    const file = t.store.sqlite
      .prepare("SELECT id, file_name AS name FROM issued_files WHERE file_kind = 'decision'")
      .get() as {
      id: number;
      name: string;
    };
    const result = await dispatch(table, app, 'decisions.openFile', { id: file.id });
    expect(result.ok).toBe(true);
    const original = `${t.store.dataDir}/${ISSUED_DIR}/2025/${file.name}`;
    expect(fs.readFileSync(opened[0]!)).toEqual(fs.readFileSync(original));
    expect(fs.statSync(opened[0]!).mode & 0o222).toBe(0);
  });
});
