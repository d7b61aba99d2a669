// Picks a unit of the year's round by typing part of its name (with or without diacritics). The search runs in
// main and only while the list is open, so a wizard with a hundred of these stays quiet until one is used.
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useDebounced } from '../../kit/useDebounced.ts';
import { useLoad } from '../../kit/useLoad.ts';

interface Option {
  value: number;
  label: string;
}

export function RoundUnitSelect(props: {
  year: number;
  value: number | null;
  /** Name of the current value, so it shows without a search. */
  valueLabel: string | null;
  onChange: (unitId: number | null, unitName: string | null) => void;
  'aria-label': string;
  placeholder?: string;
  status?: 'warning';
}) {
  const { year } = props;
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const query = useDebounced(search, 150);
  const page = useLoad('round.page', open ? { year, search: query, offset: 0, limit: 30 } : null);
  const found = page.data?.rows.map((r) => ({ value: r.unitId, label: r.unitName })) ?? null;

  const current = props.value !== null && props.valueLabel ? [{ value: props.value, label: props.valueLabel }] : [];
  const options = [...current, ...(found ?? []).filter((o) => o.value !== props.value)];
  return (
    <Select<number, Option>
      allowClear
      aria-label={props['aria-label']}
      placeholder={props.placeholder}
      status={props.status}
      style={{ width: '100%' }}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={props.value ?? undefined}
      options={options}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) setSearch('');
      }}
      onChange={(v, option) => {
        const picked = Array.isArray(option) ? undefined : option;
        props.onChange(v ?? null, picked?.label ?? null);
      }}
      notFoundContent={page.loading ? <Spin size="small" /> : 'Không tìm thấy đơn vị'}
    />
  );
}
