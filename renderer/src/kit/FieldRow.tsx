// A row of form fields side by side, each in its column with its label, help and rules: the shape the settings'
// rules and a unit's scope share. A field given as false is left out.
import { Col, Form, Row, type FormItemProps } from 'antd';
import type { ReactNode } from 'react';

export interface FieldCell extends FormItemProps {
  /** Columns out of 24. */
  span: number;
  input: ReactNode;
}

export function FieldRow({ fields, gutter = 16 }: { fields: (FieldCell | false)[]; gutter?: number }) {
  return (
    <Row gutter={gutter}>
      {fields.map(
        (field) =>
          field && (
            <Col key={String(field.name)} span={field.span}>
              <Form.Item {...withoutLayout(field)}>{field.input}</Form.Item>
            </Col>
          ),
      )}
    </Row>
  );
}

function withoutLayout({ span: _span, input: _input, ...item }: FieldCell): FormItemProps {
  return item;
}
