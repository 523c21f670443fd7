import type { ICalLuxonDateTimeStub } from "ical-generator";
import { DateTime, Info, type Zone } from "luxon";
import { memoIanaZone, wallTimeRepeats } from "./timezone";

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/**
 * An instant in a zone as ical-generator reads a luxon DateTime (its `ICalLuxonDateTimeStub`
 * contract), with the two formats it asks for (`yyyyLLdd`, `HHmmss`) made once from the wall
 * time. The wall time is the instant shifted by the zone's offset at that instant (luxon's zone
 * data); a luxon DateTime is only built if ical-generator asks for anything else, so the output
 * is the same as with a DateTime while a 2,000-session calendar builds no DateTime at all.
 */
export class ICalDateTime implements ICalLuxonDateTimeStub {
  private readonly date: string;
  private readonly time: string;
  private luxon: DateTime | undefined;
  /**
   * The wall time is also another instant's (the hour repeated when daylight saving time ends):
   * written with a TZID it would not name this instant (see `wallTimeRepeats`).
   */
  readonly wallTimeRepeats: boolean;

  constructor(
    private readonly ms: number,
    private readonly zoneValue: Zone,
  ) {
    const wall = new Date(ms + zoneValue.offset(ms) * 60_000);
    this.date = pad(wall.getUTCFullYear(), 4) + pad(wall.getUTCMonth() + 1) + pad(wall.getUTCDate());
    this.time = pad(wall.getUTCHours()) + pad(wall.getUTCMinutes()) + pad(wall.getUTCSeconds());
    this.wallTimeRepeats = !zoneValue.isUniversal && wallTimeRepeats(zoneValue, ms);
  }

  private get value(): DateTime {
    return (this.luxon ??= DateTime.fromMillis(this.ms, { zone: this.zoneValue }));
  }

  get isValid(): boolean {
    return Number.isFinite(this.ms) && this.zoneValue.isValid;
  }

  get zone(): { type: string } {
    return this.zoneValue;
  }

  setZone(zone?: string): ICalLuxonDateTimeStub {
    if (zone === undefined) return this;
    const target = Info.normalizeZone(zone);
    return target.equals(this.zoneValue) ? this : new ICalDateTime(this.ms, target);
  }

  toFormat(format: string): string {
    if (format === "yyyyLLdd") return this.date;
    if (format === "HHmmss") return this.time;
    return this.value.toFormat(format);
  }

  toJSDate(): Date {
    return new Date(this.ms);
  }

  toJSON(): string | null {
    return this.value.toJSON();
  }
}

/**
 * `ICalDateTime`s of one render in one zone (an IANA name, or UTC when null), one per distinct
 * instant: parallel sessions share their start and end, and the zone remembers its offsets.
 */
export function icalTimes(zoneName: string | null): (ms: number) => ICalDateTime {
  const zone: Zone = zoneName ? memoIanaZone(zoneName) : Info.normalizeZone("utc");
  const made = new Map<number, ICalDateTime>();
  return (ms) => {
    let value = made.get(ms);
    if (!value) {
      value = new ICalDateTime(ms, zone);
      made.set(ms, value);
    }
    return value;
  };
}
