// A dialog around one form: OK submits the form and spins while the action runs, Hủy closes. Closing a dialog
// holding edits (Hủy, Esc, the cross, a click outside) first asks whether to discard them.
import { Modal, type FormInstance, type ModalProps } from 'antd';
import type { ReactNode } from 'react';
import { useGuardedClose } from './unsaved.tsx';

export interface FormModalProps extends Omit<ModalProps, 'onOk' | 'onCancel' | 'confirmLoading' | 'footer' | 'open'> {
  form?: FormInstance;
  busy: boolean;
  onClose(): void;
  /** OK's action; by default it submits the form. */
  onOk?: () => void;
  /** Whether closing would lose edits; by default whether a field of the form was touched. */
  dirty?: () => boolean;
  /** Buttons before Hủy and OK, e.g. Xóa. */
  extra?: ReactNode;
  /** False: a dialog without OK (only its close button). */
  showOk?: boolean;
  open?: boolean;
}

export function FormModal({
  form,
  busy,
  onClose,
  onOk,
  dirty,
  extra,
  showOk = true,
  okButtonProps,
  open = true,
  ...props
}: FormModalProps) {
  const close = useGuardedClose(dirty ?? (() => form?.isFieldsTouched() ?? false), onClose);
  return (
    <Modal
      open={open}
      okText="Lưu"
      cancelText="Hủy"
      {...props}
      onOk={onOk ?? (() => form?.submit())}
      onCancel={close}
      okButtonProps={{ ...okButtonProps, loading: busy }}
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {extra}
          <CancelBtn />
          {showOk && <OkBtn />}
        </>
      )}
    />
  );
}
