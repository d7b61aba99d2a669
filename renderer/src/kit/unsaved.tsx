// Unsaved edits never vanish silently: a page or dialog reports that it holds edits, and closing it or leaving the
// page first asks. One mechanism for the whole app: FormModal and the shell's navigation both go through it.
import { App } from 'antd';
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';

const QUESTION = {
  title: 'Bỏ các thay đổi chưa lưu?',
  content: 'Những gì vừa nhập chưa được lưu. Nếu tiếp tục, các thay đổi này sẽ mất.',
  okText: 'Bỏ thay đổi',
  cancelText: 'Ở lại',
  okButtonProps: { danger: true },
} as const;

interface Unsaved {
  mark(id: string, dirty: boolean): void;
  /** Runs `proceed` at once when nothing is unsaved, otherwise after the user agrees to discard the edits. */
  leave(proceed: () => void): void;
}

const UnsavedContext = createContext<Unsaved | null>(null);

/** Asks "discard?" before `proceed`; resolves whether the user agreed. */
export function useDiscardQuestion(): (proceed: () => void) => void {
  const { modal } = App.useApp();
  return useCallback(
    (proceed: () => void) => {
      modal.confirm({ ...QUESTION, onOk: proceed, autoFocusButton: 'cancel' });
    },
    [modal],
  );
}

export function UnsavedProvider({ children }: { children: ReactNode }) {
  const dirty = useRef(new Set<string>());
  const ask = useDiscardQuestion();
  const value = useMemo<Unsaved>(
    () => ({
      mark: (id, isDirty) => void (isDirty ? dirty.current.add(id) : dirty.current.delete(id)),
      leave: (proceed) => {
        if (dirty.current.size === 0) return proceed();
        ask(() => {
          dirty.current.clear();
          proceed();
        });
      },
    }),
    [ask],
  );
  return <UnsavedContext.Provider value={value}>{children}</UnsavedContext.Provider>;
}

/** The shell's way to change page: asks first when something on screen holds unsaved edits. */
export function useLeave(): (proceed: () => void) => void {
  const value = useContext(UnsavedContext);
  return value?.leave ?? ((proceed) => proceed());
}

/** A page (or a part of one) declares whether it holds unsaved edits; leaving it then asks. */
export function useUnsaved(dirty: boolean): void {
  const value = useContext(UnsavedContext);
  const id = useId();
  useEffect(() => {
    value?.mark(id, dirty);
    return () => value?.mark(id, false);
  }, [value, id, dirty]);
}

/**
 * Close for a dialog: asks before discarding when `isDirty()` says there are edits, closes at once otherwise.
 * Esc, the close cross, a click outside and "Hủy" all go through it.
 */
export function useGuardedClose(isDirty: () => boolean, close: () => void): () => void {
  const ask = useDiscardQuestion();
  return useCallback(() => (isDirty() ? ask(close) : close()), [isDirty, ask, close]);
}
