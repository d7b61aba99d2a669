// A horizontal bar drawn in SVG: stacked segments (shares of 0..1) and an optional dashed target line.
import type { ReactNode } from 'react';

export interface BarSegment {
  value: number;
  color: string;
  label: string;
}

export function RateBar(props: { segments: BarSegment[]; target?: number; label: string; height?: number }) {
  const { segments, target, label, height = 14 } = props;
  let x = 0;
  return (
    <svg
      className="rate-bar"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      style={{ height }}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <rect x={0} y={0} width={100} height={10} fill="#f0f0f0" />
      {segments.map((s) => {
        const width = Math.max(0, Math.min(100 - x, s.value * 100));
        const rect = <rect key={s.label} x={x} y={0} width={width} height={10} fill={s.color} />;
        x += width;
        return rect;
      })}
      {target !== undefined && (
        <line
          x1={target * 100}
          x2={target * 100}
          y1={0}
          y2={10}
          stroke="#cf1322"
          strokeWidth={2}
          strokeDasharray="3 2"
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  );
}

export function LegendSwatch(props: { color: string; dashed?: boolean }) {
  return props.dashed ? (
    <span className="legend-swatch legend-target" aria-hidden />
  ) : (
    <span className="legend-swatch" style={{ background: props.color }} aria-hidden />
  );
}

/** One entry of a chart's legend: its swatch, then what it stands for. */
export function LegendItem(props: { color: string; dashed?: boolean; children: ReactNode }) {
  return (
    <span>
      <LegendSwatch color={props.color} dashed={props.dashed} /> {props.children}
    </span>
  );
}

export const BAR_COLORS = {
  registered: '#1677ff',
  recognized: '#389e0d',
  proposed: '#b7eb8f',
  missing: '#fa8c16',
} as const;
