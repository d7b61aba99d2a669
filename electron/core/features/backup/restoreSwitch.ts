// The roll-forward switch of a restore, driven by a journal that names what it replaces. The app's entry points
// finish an interrupted restore through it before they open the data folder (see dataFolder.ts).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { openFailure, type DataStore } from '../../db/open.ts';
import { writeFileAtomic } from '../../fs/atomic.ts';
import { fsyncDir, renameRetrying } from './zipFiles.ts';

/**
 * Inside the data folder: `moi-<process>-<random>` holds one restore's verified new data (`moi` for journals written
 * before staging folders were unique), `cu` what it replaced until the switch ends.
 */
export const RESTORE_WORK_DIR = '.phuc-hoi';
export const STAGED_DIR = 'moi';
const REPLACED_DIR = 'cu';
const JOURNAL = 'phuc-hoi.json';
/** Written as the switch ends, removed once the restored data holds the restore's audit row. */
const FINISHED = 'phuc-hoi-xong.json';

const plainName = z.string().regex(/^[^/\\.][^/\\]{0,99}$/);
/** What the restored data's first audit row says: which file (and its exact bytes), who, where the old data went. */
const auditSchema = z.object({
  at: z.iso.datetime(),
  actor: z.string().min(1).max(200),
  file: z.string().min(1).max(500),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  previous: z.string().min(1).max(200),
});
export type RestoreAudit = z.infer<typeof auditSchema>;
const journalSchema = z.object({
  database: plainName,
  items: z.array(plainName).min(1).max(10),
  staged: plainName.optional(),
  audit: auditSchema.optional(),
});
export type RestoreJournal = z.infer<typeof journalSchema>;

const exists = (p: string) => fs.existsSync(p);

function moveAside(from: string, to: string): void {
  if (!exists(from)) return;
  fs.rmSync(to, { recursive: true, force: true });
  renameRetrying(from, to);
}

/** The point of no return: once this file exists the switch always completes. */
export function writeRestoreJournal(dataDir: string, journal: RestoreJournal): void {
  writeFileAtomic(path.join(dataDir, JOURNAL), JSON.stringify(journalSchema.parse(journal)));
  fsyncDir(dataDir);
}

/**
 * The switch as small steps, each safe to repeat from any state a crash may leave: an old item moves aside only
 * while its staged replacement is still waiting, and a staged item moves in only once.
 */
export function switchSteps(dataDir: string, journal: RestoreJournal): { name: string; run: () => void }[] {
  const work = path.join(dataDir, RESTORE_WORK_DIR);
  const staged = (item: string) => path.join(work, journal.staged ?? STAGED_DIR, item);
  const replaced = (item: string) => path.join(work, REPLACED_DIR, item);
  const live = (item: string) => path.join(dataDir, item);
  const steps = [
    { name: 'prepare', run: () => fs.mkdirSync(path.join(work, REPLACED_DIR), { recursive: true }) },
    {
      // The old database's WAL must never be read against the new database file.
      name: 'database side files',
      run: () => {
        if (!exists(staged(journal.database))) return;
        for (const s of ['-wal', '-shm', '-journal'])
          moveAside(live(journal.database + s), replaced(journal.database + s));
      },
    },
  ];
  for (const item of journal.items) {
    steps.push({ name: `move out ${item}`, run: () => exists(staged(item)) && moveAside(live(item), replaced(item)) });
    steps.push({
      name: `move in ${item}`,
      run: () => exists(staged(item)) && renameRetrying(staged(item), live(item)),
    });
  }
  steps.push({ name: 'flush', run: () => fsyncDir(dataDir) });
  steps.push({
    name: 'journal',
    run: () => {
      // The audit row is written once the restored database is open (it may need migrating first).
      if (journal.audit) writeFileAtomic(path.join(dataDir, FINISHED), JSON.stringify(journal.audit));
      fs.rmSync(path.join(dataDir, JOURNAL), { force: true });
    },
  });
  steps.push({ name: 'clean up', run: () => fs.rmSync(work, { recursive: true, force: true }) });
  return steps;
}

/**
 * Called before a data folder is opened: finishes a restore whose journal was written, or removes what an
 * interrupted restore staged before its journal (the old data was never touched then).
 */
export function recoverPendingRestore(dataDir: string): 'finished' | 'discarded' | null {
  if (!exists(dataDir)) return null;
  for (const name of fs.readdirSync(dataDir)) {
    if ((name.startsWith(`.${JOURNAL}.`) || name.startsWith(`.${FINISHED}.`)) && name.endsWith('.tmp'))
      fs.rmSync(path.join(dataDir, name), { force: true });
  }
  const journalFile = path.join(dataDir, JOURNAL);
  if (exists(journalFile)) {
    const parsed = journalSchema.safeParse(JSON.parse(fs.readFileSync(journalFile, 'utf8')));
    if (!parsed.success) throw new Error(`Unreadable restore journal in ${dataDir}`);
    for (const step of switchSteps(dataDir, parsed.data)) step.run();
    return 'finished';
  }
  if (exists(path.join(dataDir, RESTORE_WORK_DIR))) {
    fs.rmSync(path.join(dataDir, RESTORE_WORK_DIR), { recursive: true, force: true });
    return 'discarded';
  }
  return null;
}

/**
 * Gives the restored data its audit row, once, after a restore's switch ended (in the restoring process or in the
 * next one to open the folder after a crash). Called with the freshly opened store.
 */
export function recordFinishedRestore(store: DataStore): void {
  const marker = path.join(store.dataDir, FINISHED);
  if (!exists(marker)) return;
  const parsed = auditSchema.safeParse(JSON.parse(fs.readFileSync(marker, 'utf8')));
  if (parsed.success) {
    const a = parsed.data;
    const summary = `Phục hồi dữ liệu từ tệp "${a.file}" (SHA-256 ${a.sha256}); dữ liệu trước đó được giữ trong bản sao lưu ${a.previous}.`;
    // A crash between the row and the marker's removal must not give the restore a second row.
    const written = store.sqlite
      .prepare("SELECT 1 FROM audit_log WHERE action = 'restore' AND at = ? AND summary = ?")
      .get(a.at, summary);
    if (!written) {
      store.sqlite
        .prepare(
          "INSERT INTO audit_log (at, actor, action, entity, entity_id, summary) VALUES (?, ?, 'restore', 'backup', NULL, ?)",
        )
        .run(a.at, a.actor, summary);
    }
  }
  fs.rmSync(marker, { force: true });
}

/** recoverPendingRestore before opening a data folder: a failure reads as the folder not opening. */
export function recoverBeforeOpen(dataDir: string): void {
  try {
    recoverPendingRestore(dataDir);
  } catch (error) {
    throw openFailure(error, dataDir);
  }
}
