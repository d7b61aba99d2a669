// Shared steps for e2e tests: open the built renderer through the bridge, sign in, take settled screenshots.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Db, ServiceContext } from '../../electron/core/context.ts';
import { createUser } from '../../electron/core/features/accounts/service.ts';
import { API_INIT_SCRIPT, type Bridge } from './bridge.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const RENDERER = path.join(ROOT, 'out/renderer');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts/e2e');

export type AppPage = Page & { appErrors: string[] };

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) throw new Error('Build the renderer first: npm run build');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}

export async function openApp(browser: Browser, bridge: Bridge): Promise<AppPage> {
  const page = (await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'vi-VN' })) as AppPage;
  page.appErrors = [];
  page.on('pageerror', (e) => page.appErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && page.appErrors.push(m.text()));
  await page.addInitScript(API_INIT_SCRIPT);
  await page.goto(bridge.url);
  return page;
}

/** Screenshot after antd's open/close animations have settled. */
export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Picks an option of an antd Select: its list is rendered outside the field. */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

/** The accounts the e2e tests sign in with: the administrator, and staff member Trần Thị Hoa ("canbo"). */
export async function addAccounts(trx: Db, ctx: ServiceContext): Promise<void> {
  await createUser(trx, ctx, { username: 'quantri', fullName: 'Quản trị', role: 'admin', password: 'mat-khau-0' });
  await createUser(trx, ctx, { username: 'canbo', fullName: 'Trần Thị Hoa', role: 'staff', password: 'mat-khau-1' });
}

/** Sets the header's year, as a secretary types it. */
export async function chooseYear(page: Page, year: number): Promise<void> {
  const field = page.getByLabel('Năm đánh giá');
  await field.fill(String(year));
  await field.press('Enter');
}

/** Opens a unit's dossier from the round's grid, searching for it first. */
export async function openDossier(page: Page, unitName: string, search: string, year = 2025): Promise<void> {
  const slow = { timeout: 15_000 };
  await page.getByLabel('Tìm kiếm').fill(search);
  const cell = page.getByRole('gridcell', { name: unitName, exact: true }).first();
  const title = page.getByText(`Hồ sơ ${unitName} — năm ${year}`);
  await expect.poll(() => cell.isVisible(), slow).toBe(true);
  // The grid may still replace the row for the search: a double click on the old row opens nothing, so retry.
  await expect
    .poll(async () => {
      if (!(await title.isVisible())) await cell.dblclick({ timeout: 5_000 }).catch(() => undefined);
      await page.waitForTimeout(500);
      return title.isVisible();
    }, slow)
    .toBe(true);
}
