// The Electron shell: window, menu, dialogs and IPC. Everything else lives in plain Node modules under core/.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  screen,
  session,
  shell,
  type MenuItemConstructorOptions,
} from 'electron';
import { dispatch } from '../core/api/dispatch.ts';
import { createHandlerTable } from '../core/handlerTable.ts';
import type { AppContext, Host } from '../core/api/types.ts';
import { openDataFolder } from '../core/dataFolder.ts';
import type { DataStore } from '../core/db/open.ts';
import { holdFolder, withFolderLock } from '../core/db/folderLock.ts';
import { DomainError } from '../core/errors.ts';
import { removeOpenedCopies } from '../core/attachments/readOnlyCopy.ts';
import { APP_FOLDER, dataDirFromArgs, defaultDataDir } from '../core/paths.ts';
import { scheduleBackups } from './backups.ts';
import { CONTENT_SECURITY_POLICY, createMainWindow, denyPermissions, isAppUrl, windowPlacement } from './security.ts';

app.setPath('userData', path.join(app.getPath('appData'), APP_FOLDER));
const rendererFile = path.join(import.meta.dirname, '../renderer/index.html');
const rendererUrl = pathToFileURL(rendererFile).href;
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

let mainWindow: BrowserWindow | null = null;
let store: DataStore | null = null;
/** Clears the mark that tells the command line this data folder is open. */
let releaseFolder: (() => void) | null = null;

function createHost(): Host {
  return {
    async pickSpreadsheet() {
      const result = await dialog.showOpenDialog(mainWindow!, {
        title: 'Chọn tệp Excel danh sách đơn vị',
        buttonLabel: 'Chọn tệp',
        properties: ['openFile'],
        filters: [
          { name: 'Bảng tính Excel', extensions: ['xlsx', 'xls'] },
          { name: 'Tất cả tệp', extensions: ['*'] },
        ],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickSavePath(defaultName, filter) {
      const result = await dialog.showSaveDialog(mainWindow!, {
        title: 'Lưu tệp',
        buttonLabel: 'Lưu',
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters: [filter],
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
    async pickOpenFile(title, filter) {
      const result = await dialog.showOpenDialog(mainWindow!, {
        title,
        buttonLabel: 'Chọn tệp',
        properties: ['openFile'],
        filters: [filter],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickFolder() {
      const result = await dialog.showOpenDialog(mainWindow!, {
        title: 'Chọn thư mục hồ sơ (ví dụ ổ USB)',
        buttonLabel: 'Chọn thư mục',
        properties: ['openDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openPath(filePath) {
      const error = await shell.openPath(filePath);
      if (error) throw new DomainError('io', `Không mở được tệp: ${error}. Hãy cài chương trình đọc tệp loại này.`);
    },
    print() {
      return new Promise((resolve, reject) => {
        mainWindow!.webContents.print({ printBackground: true }, (ok, reason) =>
          ok || reason === 'cancelled' ? resolve() : reject(new DomainError('io', `Không in được: ${reason}.`)),
        );
      });
    },
    async printToPdf() {
      // The print view's @page rule sets A4 and the margins.
      return mainWindow!.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
    },
  };
}

function buildMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    { label: 'Tệp', submenu: [{ role: 'quit', label: 'Thoát' }] },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [
        { label: 'Mở thư mục dữ liệu', click: () => store && void shell.openPath(store.dataDir) },
        {
          label: 'Giới thiệu',
          click: () =>
            void dialog.showMessageBox(mainWindow!, {
              title: 'Giới thiệu',
              message: `An toàn về an ninh, trật tự — phiên bản ${app.getVersion()}`,
              detail: `Dữ liệu: ${store?.dataDir ?? ''}`,
            }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function harden(): void {
  denyPermissions(session.defaultSession);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, devServerUrl, rendererUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, devServerUrl, rendererUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

async function start(): Promise<void> {
  harden();
  const dataDir = dataDirFromArgs(process.argv) ?? defaultDataDir(app.getPath('userData'));
  try {
    // Under the folder lock: never opened halfway through a restore from the command line, and the open mark is
    // written before any such restore could look for it.
    store = await withFolderLock(dataDir, 'shared', async () => {
      const opened = openDataFolder(dataDir);
      releaseFolder = holdFolder(dataDir, new Date());
      return opened;
    });
  } catch (error) {
    const message = error instanceof DomainError ? error.message : `Không mở được dữ liệu tại ${dataDir}.`;
    dialog.showErrorBox('Không mở được dữ liệu', message);
    app.exit(1);
    return;
  }
  const context: AppContext = {
    store,
    host: createHost(),
    session: { user: null },
    pickedFiles: new Map(),
    now: () => new Date(),
  };
  scheduleBackups(context);
  const handlers = createHandlerTable();
  ipcMain.handle('api', async (event, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!mainWindow || event.sender !== mainWindow.webContents || !isAppUrl(frameUrl, devServerUrl, rendererUrl)) {
      return { ok: false, error: { kind: 'unauthorized', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng.' } };
    }
    return dispatch(handlers, context, method, input);
  });

  buildMenu();
  const { workArea } = screen.getPrimaryDisplay();
  mainWindow = createMainWindow(BrowserWindow, {
    preload: path.join(import.meta.dirname, '../preload/index.cjs'),
    packaged: app.isPackaged,
    workArea,
  });
  const maximize = windowPlacement(workArea).maximize;
  mainWindow.once('ready-to-show', () => {
    if (maximize) mainWindow?.maximize();
    mainWindow?.show();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  if (devServerUrl) await mainWindow.loadURL(devServerUrl);
  else await mainWindow.loadFile(rendererFile);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    removeOpenedCopies();
    releaseFolder?.();
    void store?.close();
  });
  void app.whenReady().then(start);
}
