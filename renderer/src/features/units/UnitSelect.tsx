// Picks a unit by typing part of its name (with or without diacritics); searches the registry in main,
// so it stays fast with tens of thousands of units.
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import type { UnitSource } from '#shared/api/schemas.ts';
import { call } from '../../kit/api.ts';
import { useReportError } from '../../kit/errors.ts';

interface Option {
  value: number;
  label: string;
}

export function UnitSelect(props: {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** Name of the current value, shown before any search. */
  initialLabel?: string | null;
  excludeId?: number;
  /** Whose units to offer (default all). */
  source?: UnitSource;
  placeholder?: string;
}) {
  const { value, initialLabel, excludeId, source = 'all' } = props;
  const report = useReportError();
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<Option[]>(() =>
    value && initialLabel ? [{ value, label: initialLabel }] : [],
  );

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      const query = { search, source, offset: 0, limit: 30, status: 'all', sort: 'name', descending: false } as const;
      void call('units.page', query).then(
        (page) => {
          if (!live) return;
          const found = page.rows.filter((u) => u.id !== excludeId).map((u) => ({ value: u.id, label: u.name }));
          setOptions((current) => {
            const selected = current.find((o) => o.value === value);
            return selected && !found.some((o) => o.value === selected.value) ? [selected, ...found] : found;
          });
        },
        (e: unknown) => live && report(e),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search, excludeId, value, source, report]);

  return (
    <Select<number>
      id={props.id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value ?? undefined}
      placeholder={props.placeholder ?? 'Gõ tên để tìm (có dấu hoặc không dấu)'}
      options={options}
      onChange={(v) => props.onChange?.(v ?? null)}
      notFoundContent="Không tìm thấy đơn vị"
    />
  );
}
