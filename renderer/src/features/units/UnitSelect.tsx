// Picks a unit by typing part of its name (with or without diacritics); searches the registry in main,
// so it stays fast with tens of thousands of units.
import { Select, Spin } from 'antd';
import { useState } from 'react';
import type { UnitSource } from '#shared/api/schemas.ts';
import { useDebounced } from '../../kit/useDebounced.ts';
import { useLoad } from '../../kit/useLoad.ts';

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
  const [search, setSearch] = useState('');
  // The name of the unit last picked (before any pick: the given one), so it shows when a search does not find it.
  const [picked, setPicked] = useState<{ value: number; label: string } | null>(null);
  const query = useDebounced(search, 150);
  const page = useLoad('units.page', {
    search: query,
    source,
    offset: 0,
    limit: 30,
    status: 'all',
    sort: 'name',
    descending: false,
  });

  const found = (page.data?.rows ?? []).filter((u) => u.id !== excludeId).map((u) => ({ value: u.id, label: u.name }));
  const named = picked ?? (value && initialLabel ? { value, label: initialLabel } : null);
  const selected = named?.value === value ? named : null;
  const options = selected && !found.some((o) => o.value === selected.value) ? [selected, ...found] : found;

  return (
    <Select<number>
      id={props.id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value ?? undefined}
      placeholder={props.placeholder ?? 'Gõ tên để tìm (có dấu hoặc không dấu)'}
      options={options}
      onChange={(v) => {
        const option = options.find((o) => o.value === v);
        if (option) setPicked(option);
        props.onChange?.(v ?? null);
      }}
      notFoundContent={page.loading ? <Spin size="small" /> : 'Không tìm thấy đơn vị'}
    />
  );
}
