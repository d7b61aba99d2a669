// The year's own legal bases (the province's plan or guidance of the year): new drafts print them where the
// decision template has its {can_cu_cua_nam} line. Drafts already made keep their own bases.
import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../kit/api.ts';
import { FormModal } from '../../kit/FormModal.tsx';
import { useAction } from '../../kit/useAction.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { LinesEditor, cleanLines } from './LinesEditor.tsx';

export function YearBasesCard({ year, writable }: { year: number; writable: boolean }) {
  const loaded = useLoad('decisions.yearBases', { year });
  // Null while loading; a failed load (already reported) shows as an empty list; a save shows what main kept.
  const bases = loaded.data ?? (loaded.error !== null ? [] : null);
  const [editing, setEditing] = useState<string[] | null>(null);
  const { run, busy } = useAction();

  const save = () =>
    run(
      'save',
      async () => {
        loaded.set(await call('decisions.saveYearBases', { year, bases: cleanLines(editing ?? []) }));
        setEditing(null);
      },
      { success: `Đã lưu căn cứ riêng của năm ${year}.` },
    );

  return (
    <Card
      size="small"
      className="year-bases no-print"
      title={`Căn cứ riêng của năm ${year}`}
      extra={
        writable && (
          <Button
            size="small"
            icon={<EditOutlined />}
            disabled={bases === null}
            onClick={() => setEditing(bases?.length ? bases : [''])}
          >
            Sửa căn cứ của năm
          </Button>
        )
      }
    >
      {bases !== null && bases.length === 0 && (
        <Typography.Text type="secondary">
          Chưa có. Thêm văn bản của tỉnh hướng dẫn việc xét công nhận năm {year} (kế hoạch, hướng dẫn) để các dự thảo
          mới tự có căn cứ này.
        </Typography.Text>
      )}
      {bases?.map((b, i) => (
        <div key={i} className="year-bases-line">
          {b}
        </div>
      ))}
      <FormModal
        open={editing !== null}
        busy={busy('save')}
        width={820}
        title={`Căn cứ riêng của năm ${year}`}
        onOk={() => void save()}
        onClose={() => setEditing(null)}
        dirty={() => JSON.stringify(cleanLines(editing ?? [])) !== JSON.stringify(bases ?? [])}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          Mỗi dòng một căn cứ, bắt đầu bằng “Căn cứ …”. Các dự thảo lập từ nay in các dòng này ở chỗ dòng
          {' {can_cu_cua_nam} '}của mẫu quyết định; dự thảo đã lập thì sửa trong từng dự thảo.
        </Typography.Paragraph>
        <LinesEditor value={editing ?? []} onChange={setEditing} itemLabel="Căn cứ của năm" addText="Thêm căn cứ" />
      </FormModal>
    </Card>
  );
}
