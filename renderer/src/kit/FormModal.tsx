// A dialog around one form: OK submits the form and spins while the action runs, Hủy closes.
import { Modal, type FormInstance, type ModalProps } from 'antd';

export interface FormModalProps extends Omit<ModalProps, 'onOk' | 'onCancel' | 'confirmLoading'> {
  form: FormInstance;
  busy: boolean;
  onClose(): void;
}

export function FormModal({ form, busy, onClose, okButtonProps, ...props }: FormModalProps) {
  return (
    <Modal
      open
      okText="Lưu"
      cancelText="Hủy"
      {...props}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ ...okButtonProps, loading: busy }}
    />
  );
}
