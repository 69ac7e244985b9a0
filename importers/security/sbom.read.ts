/**
 * Read an SBOM file in one streamed pass (json.stream.ts), whichever format
 * it is: each format's reader takes the values at its own paths (CycloneDX's
 * `components`, SPDX's `packages`), and the one whose header the document
 * carries gives the answer; a document that is neither is read as CycloneDX
 * and refused for its bomFormat.
 */
import { cycloneDxReader } from './cyclonedx.read';
import { spdxReader } from './spdx.read';
import { streamJson } from './json.stream';
import type { StreamProgress } from './json.stream';
import type { SbomRead } from './sbom.reader';

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
