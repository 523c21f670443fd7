import { listParam, listSearch, pageParam, rowIdParam, textParam, type ListParams } from "../list-params";
import type { FindMailsQuery } from "./find-mails";

/**
 * The mail log's filters from its URL: `q`, `days` (the last 1 to 366 days: the admin mail
 * statistics link to `?days=3`), `date` (one UTC day, "2027-03-11": a day of the statistics'
 * series) and `page`. Anything malformed is ignored; `date` wins over `days`.
 */
export interface MailLogFilters {
  q: string;
  days: number | null;
  date: string | null;
  page: number;
}

/** A real calendar day in the form YYYY-MM-DD (not 2027-02-30). */
function calendarDay(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? null : value;
}

export function parseMailLogParams(params: ListParams): MailLogFilters {
  const date = calendarDay(listParam(params, "date"));
  const days = rowIdParam(params, "days");
  return { q: textParam(params), days: date || !days || days > 366 ? null : days, date, page: pageParam(params) };
}

export function mailLogSearch(filters: Partial<MailLogFilters>, page = filters.page ?? 1): string {
  return listSearch({ q: filters.q, ...(filters.date ? { date: filters.date } : { days: filters.days }) }, page);
}

export function mailLogQuery(filters: MailLogFilters): FindMailsQuery {
  return { search: filters.q, page: filters.page, ...(filters.date ? { date: filters.date } : {}), ...(filters.days ? { days: filters.days } : {}) };
}
