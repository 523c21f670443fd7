import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from "luxon";
import { tzlib_get_ical_block, tzlib_get_timezones } from "timezones-ical-library";

/**
 * VTIMEZONE data comes from `timezones-ical-library` (maintained, ships the zone data, works
 * offline; chosen over `@touch4it/ical-timezones`, last released 2024). Its blocks carry
 * STANDARD and, for zones with DST, DAYLIGHT components with TZOFFSETFROM/TZOFFSETTO/DTSTART
 * and RRULE: a complete VTIMEZONE (RFC 5545 §3.6.5).
 */

export interface IcalZone {
  /** The TZID used in the VTIMEZONE and in every `TZID=` parameter (the library's canonical
   * name: `UTC` → `Etc/UTC`, `US/Pacific` → `America/Los_Angeles`); they must match exactly. */
  tzid: string;
  /** The VTIMEZONE block (CRLF line ends, no trailing CRLF). */
  vtimezone: string;
}

let known: Set<string> | undefined;
const cache = new Map<string, IcalZone | null>();

/**
 * The VTIMEZONE of an IANA zone, or null when the library does not know the zone (renderers
 * then write UTC times, which stay correct instants). Cached per process: the block depends
 * only on the zone name and the library's data, and looking it up costs more than rendering
 * a small calendar.
 */
export function icalZone(zone: string): IcalZone | null {
  const hit = cache.get(zone);
  if (hit !== undefined) return hit;
  // Checked first because the library logs to the console for unknown names.
  known ??= new Set(tzlib_get_timezones(false) as string[]);
  let result: IcalZone | null = null;
  if (known.has(zone) && IANAZone.isValidZone(zone)) {
    const block = tzlib_get_ical_block(zone, false);
    if (Array.isArray(block) && typeof block[0] === "string" && typeof block[1] === "string") {
      const tzid = block[1].replace(/^TZID=/, "");
      if (IANAZone.isValidZone(tzid)) result = { tzid, vtimezone: block[0].replace(/(\r\n)+$/, "") };
    }
  }
  cache.set(zone, result);
  return result;
}

/**
 * A luxon zone that answers like `IANAZone` but remembers offsets per instant. Luxon computes
 * every IANA offset through `Intl.DateTimeFormat#formatToParts` (~10 µs); a schedule has few
 * distinct instants (parallel rooms share slots), so one render of 2,000 sessions does a few
 * dozen lookups instead of thousands. It reports `type` "iana" and the same name, so
 * `dt.setZone("<name>")` inside ical-generator recognises it as the same zone and keeps the
 * value. Use {@link memoIanaZone} for the shared instance of a zone.
 */
export class MemoIanaZone extends Zone {
  private readonly inner: IANAZone;
  private readonly offsets = new Map<number, number>();

  constructor(name: string) {
    super();
    this.inner = IANAZone.create(name);
  }

  override get type(): string {
    return "iana";
  }

  override get name(): string {
    return this.inner.name;
  }

  get ianaName(): string {
    return this.inner.name;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override get isValid(): boolean {
    return this.inner.isValid;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string | null {
    return this.inner.offsetName(ts, options);
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.inner.formatOffset(ts, format);
  }

  override offset(ts: number): number {
    let offset = this.offsets.get(ts);
    if (offset === undefined) {
      offset = this.inner.offset(ts);
      // Bounded: a long-running server renders many events over the years.
      if (this.offsets.size >= MAX_REMEMBERED_OFFSETS) this.offsets.clear();
      this.offsets.set(ts, offset);
    }
    return offset;
  }

  override equals(other: Zone): boolean {
    return other.type === "iana" && other.name === this.name;
  }
}

const MAX_REMEMBERED_OFFSETS = 100_000;
const memoZones = new Map<string, MemoIanaZone>();

/**
 * The process-wide `MemoIanaZone` of an IANA zone name, so that repeated renders of an event
 * (feeds are rendered per request) reuse the offsets already looked up. The offset of an
 * instant in a zone never changes while the process runs (its time-zone data is fixed).
 */
export function memoIanaZone(name: string): MemoIanaZone {
  let zone = memoZones.get(name);
  if (!zone) {
    zone = new MemoIanaZone(name);
    if (memoZones.size >= 1_000) memoZones.clear();
    memoZones.set(name, zone);
  }
  return zone;
}

const DAY_MS = 86_400_000;

/**
 * Whether the wall time of the instant `ms` in `zone` is also the wall time of another instant:
 * it lies in the hour that a backward transition (the end of daylight saving time) repeats.
 * Such a local time cannot name the instant: RFC 5545 §3.3.5 reads it as its first occurrence,
 * and readers differ even on that (Python's icalendar and ical.js take the second).
 *
 * The offsets a day before and after bracket any transition close enough to matter (a
 * repeated hour lies within a few hours of its transition, and zones change their offset at
 * most once in two days): when both equal the instant's own, nothing repeats; otherwise the
 * other offset is tried for the same wall time.
 * A schedule's instants repeat daily, so these lookups mostly hit `MemoIanaZone`'s memory.
 */
export function wallTimeRepeats(zone: Zone, ms: number): boolean {
  const offset = zone.offset(ms);
  const before = zone.offset(ms - DAY_MS);
  const after = zone.offset(ms + DAY_MS);
  if (before === offset && after === offset) return false;
  const wall = ms + offset * 60_000;
  return [before, after].some((other) => other !== offset && zone.offset(wall - other * 60_000) === other);
}
