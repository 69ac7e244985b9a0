/** What each SBOM format's reader is (cyclonedx.read.ts, spdx.read.ts) and what it gives sbom.read.ts. */
import type { SbomContent } from '../../graph/security/sbom.content';
import type { ProblemLog } from './feed.errors';
import type { StreamedValue } from './json.stream';

export interface SbomRead {
  readonly content: SbomContent;
  /** Problems with a component or a dependency: in partial mode, what was left out. */
  readonly problems: ProblemLog;
  /** Problems with the document itself (format, version, no components): never imported past. */
  readonly fatal: ProblemLog;
}

export interface SbomFormatReader {
  /** The paths whose values it reads. */
  readonly paths: readonly string[];
  /** Whether the document's own fields say it is this format. */
  claims(): boolean;
  value(value: StreamedValue): void;
  finish(): SbomRead;
}
