// What a grid shows, per person: a column chooser whose choice is kept in this computer's localStorage under the
// signed-in account (a display preference, so no table or migration; each account on the machine has its own).
import { SettingOutlined } from '@ant-design/icons';
import type { ColDef } from 'ag-grid-community';
import { Button, Checkbox, Popover, Space, Typography } from 'antd';
import { useMemo, useState, type ReactElement } from 'react';
import { useSession } from './session.tsx';

const colKey = <T,>(c: ColDef<T>): string => c.colId ?? String(c.field ?? '');

/** Columns the person may hide: every one with a header, except those pinned left (the name). */
const choosable = <T,>(c: ColDef<T>) => Boolean(c.headerName) && c.pinned !== 'left' && c.pinned !== true;

function storageKey(user: string, grid: string): string {
  return `antt.grid.${user}.${grid}.hidden`;
}

function readHidden(key: string): string[] | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
  } catch {
    return null;
  }
}

/**
 * The columns with the person's choice applied (default: the columns' own `hide`), and the chooser button.
 * `grid` names the grid, e.g. "round".
 */
export function useGridColumns<T>(
  grid: string,
  columns: ColDef<T>[],
): { columnDefs: ColDef<T>[]; chooser: ReactElement } {
  const user = useSession().state.user?.username ?? 'anyone';
  const key = storageKey(user, grid);
  const defaults = useMemo(() => columns.filter((c) => c.hide).map(colKey), [columns]);
  // Until the person chooses, the columns' own defaults apply (they may change as the page learns more).
  const [stored, setStored] = useState<string[] | null>(() => readHidden(key));
  const hidden = stored ?? defaults;

  const choose = (next: string[]) => {
    setStored(next);
    localStorage.setItem(key, JSON.stringify(next));
  };
  const columnDefs = useMemo(
    () => columns.map((c) => (choosable(c) ? { ...c, hide: hidden.includes(colKey(c)) } : c)),
    [columns, hidden],
  );
  const options = columns.filter(choosable);
  const chooser = (
    <Popover
      trigger="click"
      placement="bottomRight"
      title="Cột hiển thị"
      content={
        <Space orientation="vertical" size={4}>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            value={options.map(colKey).filter((k) => !hidden.includes(k))}
            onChange={(shown) => choose(options.map(colKey).filter((k) => !shown.includes(k)))}
            options={options.map((c) => ({ value: colKey(c), label: c.headerName! }))}
          />
          <Typography.Link onClick={() => choose(defaults)}>Về mặc định</Typography.Link>
        </Space>
      }
    >
      <Button icon={<SettingOutlined />} aria-label="Chọn cột hiển thị">
        Cột
      </Button>
    </Popover>
  );
  return { columnDefs, chooser };
}
