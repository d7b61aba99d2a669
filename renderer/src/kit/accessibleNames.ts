// Vietnamese accessible names where the component library writes English ones: its icons announce their English
// names ("edit", "close", "search") inside buttons and fields, and its close and clear buttons have no name of
// their own. Icons become decorative; those buttons get a Vietnamese name. Watches the page, dialogs included.
const NAMED: [selector: string, name: string][] = [
  ['.ant-modal-close', 'Đóng'],
  ['.ant-drawer-close', 'Đóng'],
  ['.ant-notification-notice-close', 'Đóng'],
  ['.ant-alert-close-icon', 'Đóng'],
  ['.ant-tag-close-icon', 'Bỏ'],
  ['.ant-picker-clear', 'Xóa ngày'],
  ['.ant-select-clear', 'Xóa lựa chọn'],
  ['.ant-input-clear-icon', 'Xóa chữ đã nhập'],
];

function fix(root: ParentNode): void {
  for (const icon of root.querySelectorAll<HTMLElement>('.anticon[aria-label]')) {
    icon.removeAttribute('aria-label');
    icon.removeAttribute('role');
    icon.setAttribute('aria-hidden', 'true');
  }
  for (const [selector, name] of NAMED) {
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
      if (el.getAttribute('aria-label') !== name) el.setAttribute('aria-label', name);
    }
  }
}

/** Keeps the page's accessible names Vietnamese as it changes; returns how to stop. */
export function watchAccessibleNames(root: HTMLElement = document.body): () => void {
  fix(root);
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      fix(root);
    });
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
