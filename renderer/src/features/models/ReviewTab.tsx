// The yearly review: models due, overdue, too new, reviewed; weak ones flagged; rate one, or retire and replace it
// in one step.
import { Alert, Button, Form, Input, Select, Space, Tag } from 'antd';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { ModelLists, ReviewRow, ReviewState } from '#shared/api/modelTypes.ts';
import { formatDateVi } from '#shared/text/dates.ts';
import { call } from '../../kit/api.ts';
import { DateInput } from '../../kit/DateInput.tsx';
import { toIso } from '../../kit/dates.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { DataGrid } from '../../kit/grid.tsx';
import { useAction } from '../../kit/useAction.ts';
import { useCan } from '../../kit/useCan.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { ModelFields, toModelFields, type ModelFormValues } from './ModelForm.tsx';

const STATES: Record<ReviewState, [string, string]> = {
  due: ['Đến hạn đánh giá', 'blue'],
  overdue: ['Quá hạn đánh giá', 'red'],
  too_new: ['Chưa đủ thời gian', 'default'],
  reviewed: ['Đã đánh giá', 'green'],
};

interface RetireValues extends ModelFormValues {
  onDate: Dayjs;
  reason: string;
}

function RetireReplaceModal(props: { row: ReviewRow; lists: ModelLists; onClose(): void; onDone(): void }) {
  const [form] = Form.useForm<RetireValues>();
  const { run, busy } = useAction();
  const old = props.row.model;
  const save = (v: RetireValues) =>
    run(
      'retire',
      async () => {
        const result = await call('models.retireAndReplace', {
          id: old.id,
          onDate: toIso(v.onDate)!,
          reason: v.reason,
          replacement: toModelFields(v),
        });
        props.onDone();
        return result;
      },
      { success: (r) => `Đã thanh loại "${old.name}" và đăng ký "${r.replacement.name}" thay thế.`, form },
    );
  return (
    <FormModal
      form={form}
      busy={busy('retire')}
      onClose={props.onClose}
      title={`Thanh loại và thay thế: ${old.name}`}
      width={680}
      okText="Thanh loại và đăng ký mô hình mới"
    >
      <Form<RetireValues>
        form={form}
        layout="vertical"
        onFinish={save}
        requiredMark="optional"
        initialValues={{ typeCode: old.typeCode, field: old.field, unitId: old.units[0]?.id ?? null }}
      >
        <Space>
          <Form.Item name="onDate" label="Ngày thanh loại" rules={[{ required: true, message: 'Hãy chọn ngày.' }]}>
            <DateInput />
          </Form.Item>
        </Space>
        <Form.Item name="reason" label="Lý do thanh loại" rules={[{ required: true, message: 'Hãy ghi lý do.' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        <Alert type="info" showIcon title="Mô hình thay thế (bắt đầu ở bước đề xuất)" style={{ marginBottom: 12 }} />
        <ModelFields types={props.lists.types} unitLabel={old.units[0]?.name ?? null} />
      </Form>
    </FormModal>
  );
}

export function ReviewTab(props: { year: number; lists: ModelLists; onChanged(): void; onOpen(id: number): void }) {
  const { year, lists } = props;
  const loaded = useLoad('models.reviewSheet', { year });
  const writable = useCan('models.review');
  const { run } = useAction();
  const [ratings, setRatings] = useState<Record<number, string>>({});
  const [retiring, setRetiring] = useState<ReviewRow | null>(null);
  const sheet = loaded.data;
  const options = lists.ratings.filter((r) => r.active).map((r) => ({ value: r.code, label: r.label }));
  const columns = useMemo<ColDef<ReviewRow>[]>(
    () => [
      {
        headerName: 'Mô hình',
        flex: 1.4,
        minWidth: 220,
        valueGetter: (p) => p.data?.model.name,
        cellRenderer: (p: ICellRendererParams<ReviewRow>) =>
          p.data ? (
            <Button type="link" style={{ padding: 0 }} onClick={() => props.onOpen(p.data!.model.id)}>
              {p.data.model.name}
            </Button>
          ) : null,
      },
      { headerName: 'Ra mắt', width: 110, valueGetter: (p) => formatDateVi(p.data?.model.launchedOn) },
      { headerName: 'Số tháng', width: 96, valueGetter: (p) => p.data?.monthsInOperation },
      {
        headerName: 'Tình trạng',
        width: 190,
        cellRenderer: (p: ICellRendererParams<ReviewRow>) =>
          p.data ? (
            <Space size={4}>
              <Tag color={STATES[p.data.state][1]}>{STATES[p.data.state][0]}</Tag>
              {p.data.weak && <Tag color="volcano">Kém hiệu quả</Tag>}
            </Space>
          ) : null,
      },
      {
        headerName: 'Đánh giá năm',
        flex: 1,
        minWidth: 240,
        cellRenderer: (p: ICellRendererParams<ReviewRow>) => {
          const row = p.data;
          if (!row) return null;
          if (!writable || row.state === 'too_new' || row.model.status === 'thanh_loai')
            return row.review ? row.review.ratingLabel : '';
          const id = row.model.id;
          return (
            <Space size={4}>
              <Select
                size="small"
                style={{ width: 180 }}
                aria-label={`Mức đánh giá ${row.model.name}`}
                value={ratings[id] ?? row.review?.ratingCode}
                options={options}
                onChange={(v: string) => setRatings((r) => ({ ...r, [id]: v }))}
              />
              <Button
                size="small"
                disabled={!ratings[id]}
                onClick={() =>
                  run(
                    `review:${id}`,
                    async () => {
                      await call('models.review', {
                        modelId: id,
                        year,
                        ratingCode: ratings[id]!,
                      });
                      loaded.reload();
                      props.onChanged();
                    },
                    { success: `Đã lưu đánh giá "${row.model.name}".` },
                  )
                }
              >
                Lưu
              </Button>
            </Space>
          );
        },
      },
      ...(writable
        ? [
            {
              headerName: '',
              width: 170,
              cellRenderer: (p: ICellRendererParams<ReviewRow>) =>
                p.data && p.data.model.status !== 'thanh_loai' ? (
                  <Button size="small" danger onClick={() => setRetiring(p.data!)}>
                    Thanh loại, thay thế
                  </Button>
                ) : null,
            } satisfies ColDef<ReviewRow>,
          ]
        : []),
    ],
    [writable, ratings, options, run, year, loaded, props],
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {sheet && (
        <Alert
          type="warning"
          showIcon
          title={`Đánh giá năm ${year}: mô hình hoạt động từ ${sheet.minMonths} tháng trở lên tính đến ${formatDateVi(sheet.windowTo)}`}
          description={`Nguồn: ${sheet.minMonthsSource}`}
        />
      )}
      <div className="grid-host" data-testid="review-grid" style={{ height: 420 }}>
        <DataGrid<ReviewRow>
          rowData={sheet?.rows ?? []}
          columnDefs={columns}
          loading={loaded.loading}
          rowId={(r) => r.model.id}
          empty="Chưa có mô hình nào đi vào hoạt động."
        />
      </div>
      {retiring && (
        <RetireReplaceModal
          row={retiring}
          lists={lists}
          onClose={() => setRetiring(null)}
          onDone={() => {
            setRetiring(null);
            loaded.reload();
            props.onChanged();
          }}
        />
      )}
    </Space>
  );
}
