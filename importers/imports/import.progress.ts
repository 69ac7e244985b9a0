/**
 * An import's progress as the job progress bus (graph/jobs.progress.ts)
 * carries it to `importProgress(jobId)` subscribers: status, phase, the
 * counts, and a human line with the rate and time left. The job record
 * stays the source of truth; the bus is this process's live view.
 */
import type { JobProgressBus } from '../../graph/platform/jobs.progress';
import type { ImportProgress } from './import.pipeline';

export function publishImportProgress(bus: JobProgressBus): (p: ImportProgress) => void {
  return (p) => {
    const running = p.status === 'RUNNING' || p.status === 'PENDING';
    bus.publish({
      jobId: p.jobId,
      status: p.status,
      phase: p.phase,
      rowsRead: p.rowsRead,
      totalRows: null,
      created: p.created,
      updated: p.updated,
      unchanged: p.unchanged,
      errors: p.errors,
      message: running
        ? `${p.phase.toLowerCase()}: ${p.rowsPerSecond} rows/s${p.etaSeconds !== undefined ? `, about ${p.etaSeconds} s left` : ''}`
        : (p.message ?? null),
    });
  };
}
