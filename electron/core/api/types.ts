// The handler table: exactly one handler per contract method, each receiving validated input.
import { localIsoDate } from '#shared/text/dates.ts';
import type { MethodName, MethodParsedInput, MethodResult } from '#shared/api/contract.ts';
import type { User } from '#shared/api/types.ts';
import type { ServiceContext } from '../context.ts';
import type { DataStore } from '../db/open.ts';

/** What only the Electron shell can do; tests and the e2e bridge provide their own. */
export interface Host {
  /** Asks the user for a spreadsheet to open; null when cancelled. */
  pickSpreadsheet(): Promise<string | null>;
  /** Asks where to save a file; null when cancelled. */
  pickSavePath(defaultName: string, filter: { name: string; extensions: string[] }): Promise<string | null>;
  /** Asks for any file to open (e.g. a .docx to verify); null when cancelled. */
  pickOpenFile(title: string, filter: { name: string; extensions: string[] }): Promise<string | null>;
  /** Asks for a folder to read (a USB stick); null when cancelled. */
  pickFolder(): Promise<string | null>;
  /** Opens a file with the system's default program. */
  openPath(filePath: string): Promise<void>;
  /** Opens the system print dialog for what the window shows (its print view, see styles.css). */
  print(): Promise<void>;
  /** The window's print view as an A4 PDF. */
  printToPdf(): Promise<Uint8Array>;
}

export interface AppContext {
  store: DataStore;
  host: Host;
  session: { user: User | null };
  /** Files and folders the user picked through the host, by opaque token: the renderer never sees paths. */
  pickedFiles: Map<string, string>;
  now: () => Date;
}

export type Handler<M extends MethodName> = (input: MethodParsedInput<M>, app: AppContext) => Promise<MethodResult<M>>;

export type HandlerTable = { [M in MethodName]: Handler<M> };
export type PartialHandlerTable = { [M in MethodName]?: Handler<M> };

export function serviceContext(app: AppContext): ServiceContext {
  return { store: app.store, actor: app.session.user?.username ?? 'he-thong', now: app.now };
}

/** The app's today as an ISO date, for what depends on the calendar (deadlines, overdue dossiers). */
export const todayOf = (app: AppContext): string => localIsoDate(app.now());
