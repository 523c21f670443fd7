import type { ICalLuxonDateTimeStub } from "ical-generator";
import type { DateTime } from "luxon";

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/**
 * A luxon DateTime as ical-generator reads it (its `ICalLuxonDateTimeStub` contract), with the
 * two formats it asks for (`yyyyLLdd`, `HHmmss`) made once from the date's fields. luxon's
 * general `toFormat` parses the pattern on every call; with three dates per VEVENT that was a
 * third of rendering a 2,000-session calendar. Any other zone or pattern goes to luxon itself,
 * so the output is the same.
 */
export class ICalDateTime implements ICalLuxonDateTimeStub {
  private readonly date: string;
  private readonly time: string;

  constructor(private readonly value: DateTime) {
    this.date = pad(value.year, 4) + pad(value.month) + pad(value.day);
    this.time = pad(value.hour) + pad(value.minute) + pad(value.second);
  }

  get isValid(): boolean {
    return this.value.isValid;
  }

  get zone(): { type: string } {
    return this.value.zone;
  }

  setZone(zone?: string): ICalLuxonDateTimeStub {
    return zone === undefined || zone === this.value.zoneName ? this : new ICalDateTime(this.value.setZone(zone));
  }

  toFormat(format: string): string {
    if (format === "yyyyLLdd") return this.date;
    if (format === "HHmmss") return this.time;
    return this.value.toFormat(format);
  }

  toJSDate(): Date {
    return this.value.toJSDate();
  }

  toJSON(): string | null {
    return this.value.toJSON();
  }
}
