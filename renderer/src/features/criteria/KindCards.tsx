// A criteria set, read or edited, one card per unit kind titled with the kind and how many criteria it has.
import { Card } from 'antd';
import type { ReactNode } from 'react';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '#shared/domain/units.ts';

export function KindCards<T extends { kind: UnitKind }>(props: {
  items: readonly T[];
  extra: (items: T[], kind: UnitKind) => ReactNode;
  children: (items: T[], kind: UnitKind) => ReactNode;
}) {
  return UNIT_KINDS.map((kind) => {
    const items = props.items.filter((c) => c.kind === kind);
    return (
      <Card
        key={kind}
        size="small"
        title={`${UNIT_KIND_LABELS[kind]} (${items.length} tiêu chí)`}
        extra={props.extra(items, kind)}
      >
        {props.children(items, kind)}
      </Card>
    );
  });
}
