// The models registry of the year: counts by the national rule, the list, the yearly review.
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { Button, Form, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ModelSummary } from '#shared/api/modelTypes.ts';
import { MODEL_FIELD_LABELS } from '#shared/domain/models.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { call } from '../../kit/api.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { DataGrid } from '../../kit/grid.tsx';
import { useAction } from '../../kit/useAction.ts';
import { useCan } from '../../kit/useCan.ts';
import { useLoader } from '../../kit/useLoad.ts';
import { useYear } from '../../kit/year.tsx';
import { ModelDetailDrawer } from './ModelDetailDrawer.tsx';
import { ModelFields, toModelFields, type ModelFormValues } from './ModelForm.tsx';
import { ReviewTab } from './ReviewTab.tsx';
import { StatusTag } from './StatusTag.tsx';

export function ModelsPage() {
  const year = useYear();
  const writable = useCan('models.create');
  const { run, busy } = useAction();
  const [form] = Form.useForm<ModelFormValues>();
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const loaded = useLoader(year, async () => {
    const [models, counts, lists] = await Promise.all([
      call('models.list', {}),
      call('models.counts', { year }),
      call('models.lists', {}),
    ]);
    return { models, counts, lists };
  });
  const { reload } = loaded;
  const data = loaded.data;
  const columns = useMemo<ColDef<ModelSummary>[]>(
    () => [
      {
        field: 'name',
        headerName: 'Tên mô hình',
        flex: 1.5,
        minWidth: 220,
        cellRenderer: (p: ICellRendererParams<ModelSummary>) =>
          p.data ? (
            <Button type="link" style={{ padding: 0 }} onClick={() => setOpenId(p.data!.id)}>
              {p.data.name}
            </Button>
          ) : null,
      },
      { field: 'typeLabel', headerName: 'Loại', width: 110 },
      {
        field: 'field',
        headerName: 'Lĩnh vực',
        width: 170,
        valueFormatter: (p) => MODEL_FIELD_LABELS[p.value as ModelSummary['field']],
      },
      {
        field: 'status',
        headerName: 'Trạng thái',
        width: 140,
        cellRenderer: (p: ICellRendererParams<ModelSummary>) => (p.data ? <StatusTag status={p.data.status} /> : null),
      },
      { field: 'pointCount', headerName: 'Điểm', width: 80 },
      { field: 'teamCount', headerName: 'Tổ', width: 70 },
      {
        headerName: 'Đánh giá gần nhất',
        width: 190,
        valueGetter: (p) => (p.data?.lastReview ? `${p.data.lastReview.year}: ${p.data.lastReview.ratingLabel}` : ''),
      },
      { field: 'decisionDate', headerName: 'Thành lập', width: 110, valueFormatter: (p) => formatDateVi(p.value) },
    ],
    [],
  );
  const save = (v: ModelFormValues) =>
    run(
      'create',
      async () => {
        const saved = await call('models.create', toModelFields(v));
        setAdding(false);
        reload();
        setOpenId(saved.id);
        return saved;
      },
      { success: (m) => `Đã đăng ký mô hình ${m.name}.`, form },
    );
  const c = data?.counts;
  return (
    <div className="page">
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          Mô hình, điểm, tổ năm {year} <Tag>{data?.models.length ?? 0}</Tag>
        </Typography.Title>
        <Space wrap>
          {writable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              Đăng ký mô hình
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label="Tải lại" />
        </Space>
      </Space>
      {c && (
        <Space size="large" wrap data-testid="model-counts">
          <Statistic title="Mô hình (theo tên)" value={c.models} />
          <Statistic title="Điểm" value={c.points} />
          <Statistic title="Tổ" value={c.teams} />
          <Statistic title="Hoạt động hiệu quả" value={c.effective} />
          <Statistic title="Thanh loại trong năm" value={c.retired} />
        </Space>
      )}
      <Tabs
        items={[
          {
            key: 'list',
            label: 'Sổ mô hình',
            children: (
              <div className="grid-host" data-testid="models-grid" style={{ height: 440 }}>
                <DataGrid<ModelSummary>
                  rowData={data?.models ?? []}
                  columnDefs={columns}
                  loading={loaded.loading}
                  rowId={(r) => r.id}
                  empty="Chưa có mô hình nào."
                  sortable
                />
              </div>
            ),
          },
          {
            key: 'review',
            label: 'Đánh giá hằng năm',
            children: data && <ReviewTab year={year} lists={data.lists} onChanged={reload} onOpen={setOpenId} />,
          },
        ]}
      />
      {adding && data && (
        <FormModal
          form={form}
          busy={busy('create')}
          onClose={() => setAdding(false)}
          title="Đăng ký mô hình"
          width={680}
        >
          <Form<ModelFormValues>
            form={form}
            layout="vertical"
            onFinish={save}
            requiredMark="optional"
            initialValues={{ field: 'an_ninh_trat_tu' }}
          >
            <ModelFields types={data.lists.types} />
          </Form>
        </FormModal>
      )}
      {openId !== null && <ModelDetailDrawer id={openId} onClose={() => setOpenId(null)} onChanged={reload} />}
    </div>
  );
}
