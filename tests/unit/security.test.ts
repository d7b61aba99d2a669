import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createMainWindow,
  denyPermissions,
  isAppUrl,
  windowPlacement,
  type PermissionHooks,
} from '../../electron/main/security.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** "a b; c d" -> { a: ['b'], c: ['d'] } */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

/** Stands in for BrowserWindow and keeps the options it was given. */
class RecordingWindow {
  readonly options: Record<string, unknown>;
  constructor(options: object) {
    this.options = options as Record<string, unknown>;
  }
}

function windowOptions(packaged: boolean, workArea = { x: 0, y: 0, width: 1920, height: 1040 }) {
  const preload = path.join(ROOT, 'out/preload/index.cjs');
  return createMainWindow(RecordingWindow, { preload, packaged, workArea }).options;
}

describe('main window', () => {
  const preload = path.join(ROOT, 'out/preload/index.cjs');

  it('isolates the renderer from Node and Electron', () => {
    expect(windowOptions(true).webPreferences).toMatchObject({
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('has devtools only in a development build', () => {
    expect(windowOptions(true).webPreferences).toMatchObject({ devTools: false });
    expect(windowOptions(false).webPreferences).toMatchObject({ devTools: true });
  });

  it('opens maximised within the work area of a 1366×768 laptop', () => {
    const workArea = { x: 0, y: 0, width: 1366, height: 728 };
    const placement = windowPlacement(workArea);
    expect(placement.maximize).toBe(true);
    const options = windowOptions(true, workArea);
    expect(options.width).toBeLessThanOrEqual(1366);
    expect(options.height).toBeLessThanOrEqual(728);
    expect(options.minHeight).toBeLessThanOrEqual(728);
  });

  it('opens centred at its preferred size on a large screen, inside a work area that does not start at 0', () => {
    const workArea = { x: 1920, y: 40, width: 1920, height: 1040 };
    expect(windowPlacement(workArea)).toEqual({
      bounds: { x: 1920 + 280, y: 40 + 90, width: 1360, height: 860 },
      maximize: false,
    });
  });
});

describe('content security policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);
  const allSources = [...csp.values()].flat();

  it('denies by default and allows scripts only from the app itself', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
  });

  it('never allows eval, inline scripts or remote hosts', () => {
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(allSources).not.toContain("'unsafe-eval'");
    expect(allSources).not.toContain("'wasm-unsafe-eval'");
    for (const source of allSources) {
      expect(source).not.toMatch(/^(https?|wss?|ftp):/);
      expect(source).not.toContain('*');
      expect(source).not.toContain('//');
    }
  });

  it('names each directive once', () => {
    const names = CONTENT_SECURITY_POLICY.split(';').map((p) => p.trim().split(/\s+/)[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('is the same policy renderer/index.html declares', () => {
    const html = fs.readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8');
    const metas = [...html.matchAll(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi)];
    expect(metas).toHaveLength(1);
    const content = /\scontent="([^"]*)"/.exec(metas[0]![0]);
    expect(content?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('isAppUrl', () => {
  const rendererFile = path.join(ROOT, 'out/renderer/index.html');
  const appFileUrl = pathToFileURL(rendererFile).href;
  const packaged = (url: string) => isAppUrl(url, undefined, appFileUrl);
  const dev = (url: string, server = 'http://localhost:5173/') => isAppUrl(url, server, appFileUrl);

  it("accepts the app's own file, with or without a route", () => {
    expect(packaged(appFileUrl)).toBe(true);
    expect(packaged(`${appFileUrl}#/don-vi`)).toBe(true);
    expect(packaged(`${appFileUrl}?tab=1`)).toBe(true);
  });

  it('accepts pages of a loopback dev server', () => {
    expect(dev('http://localhost:5173/')).toBe(true);
    expect(dev('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(dev('http://127.0.0.1:5173/', 'http://127.0.0.1:5173')).toBe(true);
    expect(dev('http://[::1]:5173/', 'http://[::1]:5173/')).toBe(true);
    expect(dev(appFileUrl)).toBe(true);
  });

  it.each([
    ['a remote site', 'https://example.com/'],
    ['another local file', pathToFileURL(path.join(ROOT, 'out/renderer/other.html')).href],
    ['a system file', 'file:///etc/passwd'],
    ['the loopback server on another port', 'http://localhost:5174/'],
    ['the loopback server over another scheme', 'https://localhost:5173/'],
    ['credentials that hide a remote host', 'http://localhost:5173@evil.example/'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['garbage', 'không phải URL'],
    ['an empty string', ''],
  ])('rejects %s', (_label, url) => {
    expect(dev(url)).toBe(false);
    expect(packaged(url)).toBe(false);
  });

  it('does not trust a dev server that is not on loopback', () => {
    for (const server of [
      'http://192.168.1.20:5173/',
      'http://example.com:5173/',
      'http://localhost.example.com:5173/',
    ]) {
      expect(dev(new URL('/index.html', server).href, server)).toBe(false);
    }
  });
});

describe('browser permissions', () => {
  it('are denied when asked for and when merely checked, devices included', () => {
    type RequestHandler = Parameters<PermissionHooks['setPermissionRequestHandler']>[0];
    type CheckHandler = Parameters<PermissionHooks['setPermissionCheckHandler']>[0];
    type DeviceHandler = Parameters<PermissionHooks['setDevicePermissionHandler']>[0];
    let request: RequestHandler | undefined;
    let check: CheckHandler | undefined;
    let device: DeviceHandler | undefined;
    denyPermissions({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
      setDevicePermissionHandler: (h) => (device = h),
    });
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal', 'hid']) {
      const answers: boolean[] = [];
      request!({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect(check!({}, permission), permission).toBe(false);
    }
    expect(device!({ deviceType: 'usb' })).toBe(false);
  });
});
