/**
 * CSV import jobs over GraphQL: the job record (`importJob`, `importJobs`),
 * its first errors, and where its reports are. The file itself goes to
 * `POST /import` (HTTP, streamed); live progress is the `importProgress`
 * subscription.
 */
import { Field, Float, ID, Int, registerEnumType } from 'type-graphql';
import { ObjectType } from '../platform/object.type';
import { IMPORT_KINDS, IMPORT_MODES } from '../../graph/model/imports';
import { JOB_PHASES, JOB_STATUSES } from '../../graph/imports/import.jobs';
import { CIClass } from '../model/enums';
import { DateTimeScalar } from '../platform/scalars';

const asEnum = (values: readonly string[]) => Object.fromEntries(values.map((v) => [v.toUpperCase(), v]));

export const ImportJobStatusEnum = asEnum(JOB_STATUSES);
registerEnumType(ImportJobStatusEnum, {
  name: 'ImportJobStatus',
  description: 'Where an import job stands.',
  valuesConfig: {
    SUCCEEDED: { description: 'Every row was imported (a dry run: would be).' },
    COMPLETED_WITH_ERRORS: { description: 'Partial mode: valid rows written, the others in the error report.' },
    REJECTED: { description: 'Invalid rows (atomic) or a bad header: nothing was written.' },
    FAILED: { description: 'Stopped by the file or the database, not the rows; resumable.' },
  },
});

export const ImportJobPhaseEnum = asEnum(JOB_PHASES);
registerEnumType(ImportJobPhaseEnum, { name: 'ImportJobPhase', description: 'What an import job is doing.' });

/** API names in capitals; the job stores the lower-case mode and kind. */
export const ImportModeEnum = asEnum(IMPORT_MODES);
registerEnumType(ImportModeEnum, {
  name: 'ImportMode',
  description:
    'ATOMIC: validate the whole file first, write nothing if any row is invalid. PARTIAL: write the valid rows.',
});

export const ImportKindEnum = asEnum(IMPORT_KINDS);
registerEnumType(ImportKindEnum, { name: 'ImportKind', description: 'CIs of one class, or relationships.' });

@ObjectType({ description: 'One problem with one row (row 0 is the header).' })
export class ImportRowError {
  @Field(() => Int, { description: 'Data row number; 1 is the first row after the header.' })
  row!: number;

  @Field(() => Int, { description: 'Line of the file the row starts on.' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'Header of the column at fault.' })
  column?: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType({ description: 'A CSV import: what it was asked to do, how far it got and how it ended.' })
export class ImportJob {
  @Field(() => ID)
  id!: string;

  @Field(() => ImportKindEnum)
  kind!: string;

  @Field(() => CIClass, { nullable: true, description: 'Class of the rows (item imports).' })
  className?: string;

  @Field(() => ImportModeEnum)
  mode!: string;

  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => ImportJobStatusEnum)
  status!: string;

  @Field(() => ImportJobPhaseEnum, { nullable: true })
  phase?: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => Float, { nullable: true, description: 'Bytes.' })
  fileSize?: number;

  @Field(() => String)
  actor!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Encoding the file is read in (named, or detected from the whole file).',
  })
  encoding?: string;

  @Field(() => Boolean, { description: 'True when the encoding was detected rather than named.' })
  encodingDetected!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: "The detector's score for a detected encoding, 0-1 (1 for a byte-order mark or an all-ASCII file).",
  })
  encodingConfidence?: number;

  @Field(() => String, { nullable: true, description: 'How the encoding was told, e.g. the runner-up and its score.' })
  encodingNote?: string;

  @Field(() => Int)
  rowsRead!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int, { description: 'Rows refused (and header problems).' })
  errors!: number;

  @Field(() => Int, { description: 'Last data row whose batch is committed; a resume starts after it.' })
  lastCommittedRow!: number;

  @Field(() => DateTimeScalar)
  startedAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt?: string;

  @Field(() => String, { nullable: true })
  message?: string;

  @Field(() => [String])
  warnings!: string[];

  @Field(() => [String], {
    description: 'How each column was read, e.g. "Serial" → serialNumber (Snipe-IT column name).',
  })
  columns!: string[];

  @Field(() => [ImportRowError], { description: 'The first errors (at most 50); the error report has them all.' })
  errorSample!: ImportRowError[];

  @Field(() => String, {
    nullable: true,
    description: 'Path of the error report on this server (GET), when there are errors.',
  })
  errorsUrl?: string;

  @Field(() => String, { nullable: true, description: 'Path of the row-by-row report (dry runs), when there is one.' })
  reportUrl?: string;
}
