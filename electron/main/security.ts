// Hardening rules for the window, kept free of Electron imports so a test can assert them.

/** Only what the UI needs: its own scripts, inline styles injected by antd and AG Grid, local images and fonts. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "worker-src 'none'",
].join('; ');

export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: true,
  } as const;
}

export function mainWindowOptions(preloadPath: string) {
  return {
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'An toàn về an ninh, trật tự',
    backgroundColor: '#f5f5f5',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * Whether a URL is the app's own page. The renderer is loaded from the packaged files, or in development
 * from the electron-vite dev server on loopback; nothing remote is ever trusted.
 */
export function isAppUrl(url: string, devServerUrl: string | undefined, rendererFileUrl: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(dev.hostname);
    if (loopback && parsed.origin === dev.origin) return true;
  }
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  return parsed.pathname === new URL(rendererFileUrl).pathname;
}
