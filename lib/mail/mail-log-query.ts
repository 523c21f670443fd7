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

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** A real calendar day in the form YYYY-MM-DD (not 2027-02-30). */
function calendarDay(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? null : value;
}

export function parseMailLogParams(params: Params): MailLogFilters {
  const days = first(params.days);
  const page = first(params.page);
  const date = calendarDay(first(params.date));
  const dayCount = /^\d{1,3}$/.test(days) && Number(days) >= 1 && Number(days) <= 366 ? Number(days) : null;
  const number = /^\d{1,7}$/.test(page) ? Number(page) : 1;
  return { q: first(params.q).trim().slice(0, 200), days: date ? null : dayCount, date, page: number >= 1 ? number : 1 };
}

export function mailLogSearch(filters: Partial<MailLogFilters>, page = filters.page ?? 1): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.date) params.set("date", filters.date);
  else if (filters.days) params.set("days", String(filters.days));
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function mailLogQuery(filters: MailLogFilters): FindMailsQuery {
  return { search: filters.q, page: filters.page, ...(filters.date ? { date: filters.date } : {}), ...(filters.days ? { days: filters.days } : {}) };
}
