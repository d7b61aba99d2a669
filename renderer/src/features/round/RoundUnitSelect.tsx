// Picks a unit of the year's round by typing part of its name (with or without diacritics). The search runs in
// main and only while the list is open, so a wizard with a hundred of these stays quiet until one is used.
import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../kit/api.ts';

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
  const [found, setFound] = useState<Option[] | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    const timer = setTimeout(() => {
      call('round.page', { year, search, offset: 0, limit: 30 }).then(
        (page) => live && setFound(page.rows.map((r) => ({ value: r.unitId, label: r.unitName }))),
        () => live && setFound([]),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, search, year]);

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
      notFoundContent={found === null ? <Spin size="small" /> : 'Không tìm thấy đơn vị'}
    />
  );
}
