// Progress with cancel for long operations. A call starts a job in main and returns its id; `run` then polls it
// while a modal shows progress and a "Hủy" button, and resolves with the job's result (null when cancelled).
//
//   const jobs = useJobRunner();
//   const started = await call('backup.create', { chooseFile: true });
//   const created = started && (await jobs.run(started, 'Đang sao lưu dữ liệu'));
//   ...
//   return <>{jobs.modal}...</>;
import { Button, Modal, Progress, Typography } from 'antd';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { JobStarted, JobStatus } from '#shared/api/backupTypes.ts';
import { ApiCallError, call } from './api.ts';
import { useReportError } from './errors.ts';

const POLL_MS = 200;

interface Running {
  title: string;
  status: JobStatus | null;
  cancelling: boolean;
}

export function jobPercent(status: JobStatus | null): number {
  if (!status || status.total <= 0) return 0;
  return Math.min(100, Math.floor((status.done / status.total) * 100));
}

export function JobProgressModal({ running, onCancel }: { running: Running | null; onCancel: () => void }): ReactNode {
  return (
    <Modal
      open={running !== null}
      title={running?.title}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button onClick={onCancel} disabled={!running?.status || running.cancelling}>
          {running?.cancelling ? 'Đang hủy...' : 'Hủy'}
        </Button>
      }
    >
      <Progress percent={jobPercent(running?.status ?? null)} status="active" />
      <Typography.Text type="secondary">{running?.status?.message ?? 'Đang bắt đầu...'}</Typography.Text>
    </Modal>
  );
}

export function useJobRunner() {
  const report = useReportError();
  const [running, setRunning] = useState<Running | null>(null);

  const run = useCallback(async <T,>(started: JobStarted<T>, title: string): Promise<T | null> => {
    setRunning({ title, status: null, cancelling: false });
    try {
      for (;;) {
        const status = await call('jobs.get', { id: started.jobId });
        setRunning((r) => (r ? { ...r, status } : r));
        if (status.state === 'done') return status.result as T;
        if (status.state === 'cancelled') return null;
        if (status.state === 'failed') {
          throw new ApiCallError(status.error ?? { kind: 'internal', message: 'Công việc không hoàn thành.' });
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    } finally {
      setRunning(null);
    }
  }, []);

  const cancel = useCallback(() => {
    setRunning((r) => {
      if (r?.status) void call('jobs.cancel', { id: r.status.id }).catch(report);
      return r ? { ...r, cancelling: true } : r;
    });
  }, [report]);

  const modal = useMemo(() => <JobProgressModal running={running} onCancel={cancel} />, [running, cancel]);
  return { run, modal, busy: running !== null };
}
