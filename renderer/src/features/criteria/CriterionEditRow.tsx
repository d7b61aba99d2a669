// One criterion in the version editor: code, text, confirmed against the legal text, the incidents that breach it.
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Popconfirm, Select, Tooltip, Typography } from 'antd';
import type { Criterion } from '#shared/api/roundTypes.ts';
import type { CriterionIncidentCategory } from '#shared/domain/incidentCriteria.ts';
import { CriterionTags, UNCONFIRMED_TIP } from './criterionTags.tsx';
import { IncidentMappingEditor } from './IncidentMappingEditor.tsx';

export interface DraftCriterion {
  key: string;
  isNew: boolean;
  kind: Criterion['kind'];
  code: string;
  text: string;
  origin: Criterion['origin'];
  confirmed: boolean;
  autoRule: Criterion['autoRule'];
  incidentCategories: CriterionIncidentCategory[];
}

export interface DraftProblems {
  code?: string;
  text?: string;
  mapping?: string | undefined;
}

export function CriterionEditRow(props: {
  draft: DraftCriterion;
  problems: DraftProblems;
  canRemove: boolean;
  onChange: (patch: Partial<DraftCriterion>) => void;
  onRemove: () => void;
}) {
  const { draft: d, problems, onChange } = props;
  return (
    <div className="criterion-edit">
      <div>
        <Input
          value={d.code}
          maxLength={10}
          status={problems.code ? 'error' : undefined}
          onChange={(e) => onChange({ code: e.target.value })}
          aria-label="Mã tiêu chí"
          prefix={<Typography.Text type="secondary">TC</Typography.Text>}
        />
        {problems.code && <Typography.Text type="danger">{problems.code}</Typography.Text>}
      </div>
      <div>
        <Input.TextArea
          value={d.text}
          autoSize={{ minRows: 2, maxRows: 10 }}
          maxLength={3000}
          status={problems.text ? 'error' : undefined}
          onChange={(e) => onChange({ text: e.target.value })}
          aria-label="Nội dung tiêu chí"
          placeholder="Nội dung tiêu chí, ghi đúng nguyên văn của văn bản"
        />
        {problems.text && <Typography.Text type="danger">{problems.text}</Typography.Text>}
        <div className="criterion-edit-flags">
          <Tooltip title={d.confirmed ? undefined : UNCONFIRMED_TIP}>
            <Checkbox checked={d.confirmed} onChange={(e) => onChange({ confirmed: e.target.checked })}>
              Đã đối chiếu với văn bản
            </Checkbox>
          </Tooltip>
          {d.isNew ? (
            <Select<Criterion['origin']>
              size="small"
              value={d.origin}
              onChange={(origin) => onChange({ origin })}
              aria-label="Nguồn tiêu chí"
              style={{ width: 190 }}
              options={[
                { value: 'dia_phuong', label: 'Tiêu chí của tỉnh' },
                { value: 'quoc_gia', label: 'Theo Thông tư của Bộ' },
              ]}
            />
          ) : (
            <CriterionTags c={{ ...d, incidentSensitive: false }} hideUnconfirmed />
          )}
        </div>
        <IncidentMappingEditor criterion={d} onChange={(incidentCategories) => onChange({ incidentCategories })} />
      </div>
      {props.canRemove ? (
        <Popconfirm
          title="Bỏ tiêu chí này khỏi phiên bản mới?"
          description={
            d.origin === 'quoc_gia'
              ? 'Đây là tiêu chí theo Thông tư; chỉ bỏ khi văn bản không còn quy định.'
              : undefined
          }
          okText="Bỏ"
          cancelText="Không"
          onConfirm={props.onRemove}
        >
          <Button type="text" danger icon={<DeleteOutlined />} aria-label="Bỏ tiêu chí" />
        </Popconfirm>
      ) : (
        <Tooltip title="Mỗi loại đơn vị cần ít nhất một tiêu chí.">
          <Button type="text" disabled icon={<DeleteOutlined />} aria-label="Bỏ tiêu chí" />
        </Tooltip>
      )}
    </div>
  );
}
