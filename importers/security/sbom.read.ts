/**
 * Read an SBOM file in one streamed pass (json.stream.ts), whichever format
 * it is: each format's reader takes the values at its own paths (CycloneDX's
 * `components`, SPDX's `packages`), and the one whose header the document
 * carries gives the answer; a document that is neither is read as CycloneDX
 * and refused for its bomFormat.
 */
import type { SbomContent } from '../../graph/security/sbom.content';
import type { ProblemLog } from './feed.errors';
import { cycloneDxReader } from './cyclonedx.read';
import { spdxReader } from './spdx.read';
import { streamJson } from './json.stream';
import type { StreamedValue, StreamProgress } from './json.stream';

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

export async function readSbom(
  file: string,
  fileName: string,
  onProgress?: (p: StreamProgress) => void,
): Promise<SbomRead> {
  const readers = [spdxReader(fileName), cycloneDxReader(fileName)];
  const owner = new Map(readers.flatMap((r) => r.paths.map((p) => [p, r] as const)));
  await streamJson(file, [...owner.keys()], (v) => owner.get(v.pattern)!.value(v), onProgress);
  return (readers.find((r) => r.claims()) ?? readers[readers.length - 1]).finish();
}
