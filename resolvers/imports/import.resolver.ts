/** Import jobs over GraphQL: read them, and resume one that stopped. The upload itself is `POST /import`. */
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { getJob, listJobs } from '../../graph/imports/import.jobs';
import type { ImportJob as ImportJobRecord, JobStatus } from '../../graph/imports/import.jobs';
import { publishImportProgress } from '../../importers/imports/import.progress';
import { resumeImport } from '../../importers/imports/import.service';
import { ImportJob, ImportJobStatusEnum } from '../../schema/imports/import.types';
import type { Context } from '../platform/context';
import { pageSize } from '../platform/limits';

/** The job as the API shows it: no server paths, links to its reports instead. */
function view(job: ImportJobRecord): ImportJob {
  const { options: _options, filePath: _filePath, errorsFile, reportFile, ...rest } = job;
  return {
    ...rest,
    errorsUrl: errorsFile && job.errors > 0 ? `/import/${job.id}/errors.csv` : undefined,
    reportUrl: reportFile ? `/import/${job.id}/report.csv` : undefined,
  };
}

@Resolver(() => ImportJob)
export class ImportResolver {
  @Query(() => ImportJob, { nullable: true, description: 'One import job by id, or null.' })
  async importJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ImportJob | undefined> {
    const job = await getJob(ctx.db, id);
    return job && view(job);
  }

  @Query(() => [ImportJob], { description: 'Import jobs, newest first.' })
  async importJobs(
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Arg('status', () => ImportJobStatusEnum, { nullable: true }) status: JobStatus | undefined,
    @Ctx() ctx: Context,
  ): Promise<ImportJob[]> {
    return (await listJobs(ctx.db, pageSize(first), status)).map(view);
  }

  @Mutation(() => ImportJob, {
    description: 'Carry on an import that stopped (FAILED, or interrupted) after its last committed batch.',
  })
  async resumeImportJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ImportJob> {
    const started = await resumeImport(ctx.db, id, {
      actor: ctx.writer.actor,
      requestId: ctx.requestId,
      onProgress: publishImportProgress(ctx.services.jobProgress),
    });
    return view(started.job);
  }
}
