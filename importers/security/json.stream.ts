/**
 * Read a JSON file as a stream, handing over only the values at some paths
 * (`$.metadata`, `$.components.*`) as each one ends, so a big document is
 * never held whole: memory is bounded by the largest single value asked for
 * plus what the caller keeps of each. Syntax errors name the byte they were
 * found near.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { JSONParser } from '@streamparser/json';

export interface StreamedValue {
  /** The path pattern it matched, e.g. `$.components.*`. */
  readonly pattern: string;
  /** Its key in its parent: an array index or a property name. */
  readonly key: string | number;
  readonly value: unknown;
}

export interface StreamProgress {
  readonly bytesRead: number;
  readonly totalBytes: number;
}

/** A document that is not valid JSON, near which byte. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly byte: number,
    reason: string,
  ) {
    super(`not valid JSON near byte ${byte}: ${reason}`);
  }
}

/** Stream `file`, calling `onValue` for each value at one of `paths` (their last step may be `*`). */
export async function streamJson(
  file: string,
  paths: readonly string[],
  onValue: (value: StreamedValue) => void,
  onProgress?: (progress: StreamProgress) => void,
): Promise<void> {
  const totalBytes = (await stat(file)).size;
  // One parser per pattern would read the file once per pattern: instead one parser, and the
  // pattern told from the value's place (its depth and its parent's key).
  const parser = new JSONParser({ paths: [...paths], keepStack: false });
  let failure: Error | undefined;
  let bytesRead = 0;
  parser.onValue = ({ value, key, stack }) => {
    const names = stack.slice(1).map((s) => s.key);
    const pattern = matchPattern(paths, [...names, key]);
    if (pattern) onValue({ pattern, key: key as string | number, value });
  };
  parser.onError = (error) => {
    failure ??= error;
  };
  const stream = createReadStream(file, { highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of stream) {
      const before = bytesRead;
      bytesRead += (chunk as Buffer).length;
      if (parser.isEnded) {
        if (/\S/.test((chunk as Buffer).toString('utf8'))) throw new JsonSyntaxError(before, 'text after the end');
        continue;
      }
      try {
        parser.write(chunk as Buffer);
      } catch (error) {
        failure ??= error as Error;
      }
      if (failure) throw new JsonSyntaxError(before, failure.message);
      onProgress?.({ bytesRead, totalBytes });
    }
    if (!parser.isEnded) throw new JsonSyntaxError(bytesRead, 'the document ends too early');
  } finally {
    stream.destroy();
  }
}

/** Which `$.a.b` / `$.a.*` pattern a value at `path` (keys from the root) matches. */
function matchPattern(paths: readonly string[], path: readonly unknown[]): string | undefined {
  return paths.find((pattern) => {
    const steps = pattern.split('.').slice(1);
    return steps.length === path.length && steps.every((step, i) => step === '*' || step === String(path[i]));
  });
}
