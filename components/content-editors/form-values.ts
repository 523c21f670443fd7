import { fromZoneWallTime, toZoneWallTime } from "@/lib/format/dates";
import type { EditorConfig, EditorItemView } from "./configs";

/** What the inputs hold: text for every field except checkboxes. */
export type FormValues = Record<string, string | boolean>;

/** A stored row → input values (datetimes as wall time in the event's zone). */
export function toFormValues(config: EditorConfig, item: EditorItemView | null, zone: string, position: number): FormValues {
  if (!item) return { ...config.defaults, ...("position" in config.defaults ? { position: String(position) } : {}) };
  const values: FormValues = {};
  for (const field of config.fields) {
    const value = item[field.name];
    if (field.type === "checkbox") values[field.name] = value === true;
    else if (field.type === "datetime") values[field.name] = value instanceof Date ? toZoneWallTime(value, zone) : "";
    else values[field.name] = value === null || value === undefined ? "" : String(value);
  }
  return values;
}

/**
 * Input values → what the API's schema takes: numbers as numbers (empty = missing), wall times
 * turned into instants with the EVENT's zone (never the browser's), checkboxes as booleans.
 */
export function toInput(config: EditorConfig, values: FormValues, zone: string): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of config.fields) {
    const value = values[field.name];
    if (field.type === "checkbox") {
      input[field.name] = value === true;
      continue;
    }
    const text = typeof value === "string" ? value.trim() : "";
    if (field.type === "number" || field.type === "hidden") input[field.name] = text === "" ? undefined : Number(text);
    else if (field.type === "datetime") input[field.name] = text === "" ? undefined : (fromZoneWallTime(text, zone) ?? text);
    else input[field.name] = typeof value === "string" ? value : "";
  }
  return input;
}
