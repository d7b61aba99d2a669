// An editable list of printed lines (legal bases, articles, recipients): each line its own box, added, removed and
// moved up or down. Works as an antd Form control (value/onChange).
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Tooltip } from 'antd';

export function LinesEditor(props: {
  value?: string[];
  onChange?: (lines: string[]) => void;
  /** Names each line for screen readers and tests: "Căn cứ 1", "Điều 2". */
  itemLabel: string;
  /** Shown in front of each line, e.g. "Điều 1."; defaults to "1.". */
  prefix?: (index: number) => string;
  addText: string;
  /** Marks each box with data-field="<field>.<index>" so a placeholder can be inserted where the caret is. */
  field?: string;
  disabled?: boolean;
}) {
  const lines = props.value ?? [];
  const change = (next: string[]) => props.onChange?.(next);
  const move = (from: number, to: number) => {
    const next = [...lines];
    const [line] = next.splice(from, 1);
    next.splice(to, 0, line!);
    change(next);
  };

  return (
    <div className="lines-editor">
      {lines.map((line, i) => (
        <div className="lines-editor-row" key={i}>
          <span className="lines-editor-prefix">{props.prefix ? props.prefix(i) : `${i + 1}.`}</span>
          <Input.TextArea
            aria-label={`${props.itemLabel} ${i + 1}`}
            data-field={props.field ? `${props.field}.${i}` : undefined}
            value={line}
            autoSize={{ minRows: 1, maxRows: 6 }}
            disabled={props.disabled}
            onChange={(e) => change(lines.map((l, j) => (j === i ? e.target.value : l)))}
          />
          {!props.disabled && (
            <span className="lines-editor-actions">
              {(
                [
                  ['lên', <ArrowUpOutlined key="up" />, i - 1],
                  ['xuống', <ArrowDownOutlined key="down" />, i + 1],
                ] as const
              ).map(([direction, icon, to]) => (
                <Tooltip key={direction} title={`Chuyển ${direction}`}>
                  <Button
                    size="small"
                    type="text"
                    icon={icon}
                    aria-label={`Chuyển ${props.itemLabel.toLocaleLowerCase('vi')} ${i + 1} ${direction}`}
                    disabled={to < 0 || to >= lines.length}
                    onClick={() => move(i, to)}
                  />
                </Tooltip>
              ))}
              <Tooltip title="Xóa dòng">
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`Xóa ${props.itemLabel.toLocaleLowerCase('vi')} ${i + 1}`}
                  onClick={() => change(lines.filter((_, j) => j !== i))}
                />
              </Tooltip>
            </span>
          )}
        </div>
      ))}
      {!props.disabled && (
        <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => change([...lines, ''])}>
          {props.addText}
        </Button>
      )}
    </div>
  );
}

/** The lines as they will be saved: trimmed, blank ones dropped. */
export function cleanLines(lines: readonly string[] | undefined): string[] {
  return (lines ?? []).map((l) => l.trim()).filter(Boolean);
}
