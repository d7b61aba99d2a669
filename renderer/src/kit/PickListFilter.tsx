// A pick-list column filter (the grid's community edition has no set filter): tick the codes to keep, shown by
// their Vietnamese labels. Its model is { filterType: 'pick', values }, the shape main applies to block-fed grids.
import type { IDoesFilterPassParams } from 'ag-grid-community';
import { useGridFilter, type CustomFilterProps } from 'ag-grid-react';
import { Button, Checkbox, Space } from 'antd';
import { useCallback } from 'react';

export interface PickModel {
  filterType: 'pick';
  values: string[];
}

export interface PickListParams {
  options: { value: string; label: string }[];
}

export function PickListFilter(props: CustomFilterProps<unknown, unknown, PickModel> & PickListParams) {
  const { model, onModelChange, options, getValue } = props;
  const doesFilterPass = useCallback(
    (params: IDoesFilterPassParams) => !model || model.values.includes(String(getValue(params.node) ?? '')),
    [model, getValue],
  );
  useGridFilter({ doesFilterPass });
  const picked = model?.values ?? options.map((o) => o.value);
  const set = (values: string[]) =>
    onModelChange(values.length === options.length ? null : { filterType: 'pick', values });
  return (
    <Space orientation="vertical" size={6} style={{ padding: 10 }} role="group" aria-label="Lọc theo danh sách">
      <Checkbox.Group
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
        value={picked}
        onChange={(v) => set(v.map(String))}
        options={options}
      />
      <Space>
        <Button size="small" onClick={() => set(options.map((o) => o.value))}>
          Chọn tất cả
        </Button>
        <Button size="small" onClick={() => set([])}>
          Bỏ chọn
        </Button>
      </Space>
    </Space>
  );
}

/** Column settings for a pick-list filter over labelled codes. */
export function pickListFilter(labels: Record<string, string>) {
  return {
    filter: PickListFilter,
    filterParams: { options: Object.entries(labels).map(([value, label]) => ({ value, label })) },
  };
}
