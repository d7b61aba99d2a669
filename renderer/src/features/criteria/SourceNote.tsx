// Where a rule comes from, in small grey text, with "Cần xác nhận" when the source is not confirmed.
import { Tag, Typography } from 'antd';
import type { RuleSource } from '#shared/domain/sources.ts';

export function SourceNote({ source }: { source: RuleSource }) {
  return (
    <Typography.Text type="secondary" className="rule-source">
      Nguồn: {source.text}
      {!source.confirmed && (
        <Tag color="orange" className="rule-source-unconfirmed">
          Cần xác nhận
        </Tag>
      )}
    </Typography.Text>
  );
}
