// Drafts a decision from the year's proposed units: all ticked by default; choosing a kind limits the draft to it,
// so an office may issue one decision per kind or one for several kinds.
import { Alert, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Decision } from '#shared/api/decisionTypes.ts';
import type { RoundRow } from '#shared/api/roundTypes.ts';
import { UNIT_KIND_LABELS, type UnitKind } from '#shared/domain/units.ts';
import { call } from '../../kit/api.ts';
import { useAction } from '../../kit/useAction.ts';
import { useLoader } from '../../kit/useLoad.ts';

type KindFilter = UnitKind | 'all';

export function CreateDecisionModal(props: {
  year: number;
  decisions: Decision[];
  onClose: () => void;
  onCreated: (d: Decision) => void;
}) {
  const { year, decisions } = props;
  const [kind, setKind] = useState<KindFilter>('all');
  const [selected, setSelected] = useState<number[]>([]);
  const { run, busy } = useAction();

  // Units already in a decision not yet signed stay proposed; they are shown but not ticked.
  const inDraft = useMemo(() => {
    const map = new Map<number, Decision>();
    for (const d of decisions)
      if (d.status !== 'issued' && d.status !== 'signed') d.units.forEach((u) => map.set(u.unitId, d));
    return map;
  }, [decisions]);

  const proposed = useLoader(year, async () => {
    const [ids, page] = await Promise.all([
      call('round.ids', { year, status: 'de_nghi' }),
      call('round.page', { year, status: 'de_nghi', offset: 0, limit: 1000 }),
    ]);
    const wanted = new Set(ids);
    return page.rows.filter((r) => wanted.has(r.unitId));
  });
  const rows = proposed.data ?? null;

  useEffect(() => {
    if (rows) setSelected(rows.filter((r) => !inDraft.has(r.unitId)).map((r) => r.unitId));
  }, [rows, inDraft]);

  const kinds = useMemo(() => [...new Set((rows ?? []).map((r) => r.kind))], [rows]);
  const visible = useMemo(() => (rows ?? []).filter((r) => kind === 'all' || r.kind === kind), [rows, kind]);
  const chosen = visible.filter((r) => selected.includes(r.unitId)).map((r) => r.unitId);

  const chooseKind = (k: KindFilter) => {
    setKind(k);
    const list = (rows ?? []).filter((r) => (k === 'all' || r.kind === k) && !inDraft.has(r.unitId));
    setSelected(list.map((r) => r.unitId));
  };

  const create = () =>
    run(
      'create',
      async () => {
        const d = await call('decisions.create', { year, unitIds: chosen });
        props.onCreated(d);
        return d;
      },
      { success: (d) => `Đã tạo dự thảo quyết định công nhận ${d.units.length} đơn vị.` },
    );

  return (
    <Modal
      open
      width={760}
      title={`Lập quyết định công nhận năm ${year}`}
      okText="Tạo dự thảo"
      cancelText="Hủy"
      onOk={() => void create()}
      onCancel={props.onClose}
      okButtonProps={{ disabled: chosen.length === 0, loading: busy('create') }}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          Các đơn vị đã được đề nghị công nhận. Chọn một loại để lập quyết định riêng cho loại đó, hoặc để tất cả trong
          một quyết định.
        </Typography.Text>
        {kinds.length > 1 && (
          <Segmented<KindFilter>
            value={kind}
            onChange={chooseKind}
            options={[
              { value: 'all', label: 'Tất cả loại' },
              ...kinds.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] })),
            ]}
          />
        )}
        {rows !== null && rows.length === 0 && (
          <Alert type="info" showIcon title={`Năm ${year} chưa có đơn vị nào được đề nghị công nhận.`} />
        )}
        <Table<RoundRow>
          size="small"
          rowKey="unitId"
          loading={rows === null}
          dataSource={visible}
          pagination={false}
          scroll={{ y: 360 }}
          rowSelection={{
            selectedRowKeys: chosen,
            onChange: (keys) => setSelected(keys.map(Number)),
            getCheckboxProps: (r) => ({ 'aria-label': `Chọn ${r.unitName}` }),
          }}
          columns={[
            { title: 'Tên đơn vị', dataIndex: 'unitName' },
            { title: 'Loại', dataIndex: 'kind', width: 150, render: (k: UnitKind) => UNIT_KIND_LABELS[k] },
            { title: 'Thuộc', dataIndex: 'parentName', width: 150 },
            {
              title: '',
              key: 'draft',
              width: 170,
              render: (_: unknown, r) => (inDraft.has(r.unitId) ? <Tag color="orange">Đã có trong dự thảo</Tag> : null),
            },
          ]}
        />
        <Typography.Text>
          Đã chọn {chosen.length}/{visible.length} đơn vị.
        </Typography.Text>
      </Space>
    </Modal>
  );
}
