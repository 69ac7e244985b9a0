/**
 * Time in a generated estate: the fixed instant every estate describes, and the ISO date and instant strings
 * its timestamps are written as. No clock is read, so output never depends on when the generator runs.
 */
import { pad } from './text';

export const DAY = 86_400_000;
/** The instant every generated estate describes. Fixed, so output never depends on the clock. */
export const AS_OF_MS = Date.UTC(2025, 0, 1);

const dayStrings = new Map<number, string>();
/** `YYYY-MM-DD` (UTC); days are cached because Date#toISOString dominated the large estate's profile. */
export function isoDate(ms: number): string {
  const day = Math.floor(ms / DAY);
  let text = dayStrings.get(day);
  if (text === undefined) {
    text = new Date(day * DAY).toISOString().slice(0, 10);
    dayStrings.set(day, text);
  }
  return text;
}
const timesOfDay = new Map<number, string>();
/**
 * `new Date(ms).toISOString()` to the second (milliseconds .000), built from cached day and time-of-day
 * strings so that 400k timestamps cost one small string each rather than a tree of pieces.
 */
export function isoInstant(ms: number): string {
  const second = Math.floor((ms - Math.floor(ms / DAY) * DAY) / 1000);
  let time = timesOfDay.get(second);
  if (time === undefined) {
    time = `T${pad(Math.floor(second / 3600), 2)}:${pad(Math.floor(second / 60) % 60, 2)}:${pad(second % 60, 2)}.000Z`;
    timesOfDay.set(second, time);
  }
  return isoDate(ms) + time;
}
