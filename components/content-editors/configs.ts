import type { z } from "zod";
import type { EditorKindName } from "@/lib/content/editor";
import { formatEventRange } from "@/lib/format/dates";
import { createSocialLinkSchema } from "@/lib/social-links/schemas";
import { createSponsorSchema } from "@/lib/sponsors/schemas";
import { createTicketSchema, TICKET_TYPES } from "@/lib/tickets/schemas";

/**
 * What differs between the sponsors, social links and tickets editors — their fields, the
 * API's schema that validates them, and a one-line summary — so one editor component serves
 * all three.
 */

export type FieldSpec = { name: string; label: string; required?: boolean; hint?: string } & (
  | { type: "text" | "url" | "textarea"; placeholder?: string }
  | { type: "number"; step?: string; min?: number }
  | { type: "select"; options: { value: string; label: string }[] }
  | { type: "checkbox" }
  /** A wall time in the event's zone. */
  | { type: "datetime" }
  /** Kept with the row but not edited in the form (a sponsor's position). */
  | { type: "hidden" }
);

export type EditorItemView = Record<string, string | number | boolean | Date | null> & { id: number };

export interface EditorConfig {
  singular: string;
  plural: string;
  description: string;
  schema: z.ZodType;
  fields: FieldSpec[];
  /** New rows start with these form values. */
  defaults: Record<string, string | boolean>;
  reorderable: boolean;
  summary: (item: EditorItemView, zone: string) => string[];
}

const text = (value: unknown) => (typeof value === "string" && value ? value : null);

const TICKET_TYPE_LABELS: Record<(typeof TICKET_TYPES)[number], string> = { free: "Free", paid: "Paid", donation: "Donation" };

export const EDITOR_CONFIGS: Record<EditorKindName, EditorConfig> = {
  sponsors: {
    singular: "sponsor",
    plural: "Sponsors",
    description: "Who supports the event. The public page lists them by level, then in the order given here.",
    schema: createSponsorSchema,
    reorderable: true,
    fields: [
      { name: "name", label: "Name", type: "text", required: true },
      { name: "url", label: "Website", type: "url", placeholder: "https://" },
      { name: "level", label: "Level", type: "number", required: true, min: 0, hint: "Lower levels are listed first (0 = top tier)." },
      { name: "type", label: "Type", type: "text", placeholder: "Gold, Media partner…" },
      { name: "logoUrl", label: "Logo URL", type: "url", placeholder: "https://", hint: "An http(s) address or a path on this site." },
      { name: "description", label: "Description", type: "textarea" },
      { name: "position", label: "Position", type: "hidden" },
    ],
    defaults: { name: "", url: "", level: "0", type: "", logoUrl: "", description: "", position: "0" },
    summary: (item) => [[`Level ${String(item.level)}`, text(item.type)].filter(Boolean).join(" · "), text(item.url) ?? ""].filter(Boolean),
  },
  "social-links": {
    singular: "social link",
    plural: "Social links",
    description: "Where the event is on the web: shown on the public event page.",
    schema: createSocialLinkSchema,
    reorderable: false,
    fields: [
      { name: "name", label: "Name", type: "text", required: true, placeholder: "Mastodon, GitHub…" },
      { name: "link", label: "Link", type: "url", required: true, placeholder: "https://" },
    ],
    defaults: { name: "", link: "" },
    summary: (item) => [text(item.link) ?? ""],
  },
  tickets: {
    singular: "ticket",
    plural: "Tickets",
    description: "What attendees can get. Sales times are in the event's time zone; hidden tickets are sold through links only.",
    schema: createTicketSchema,
    reorderable: false,
    fields: [
      { name: "name", label: "Name", type: "text", required: true },
      {
        name: "type",
        label: "Type",
        type: "select",
        required: true,
        options: TICKET_TYPES.map((value) => ({ value, label: TICKET_TYPE_LABELS[value] })),
      },
      { name: "price", label: "Price", type: "number", required: true, step: "0.01", min: 0, hint: "0 for free tickets." },
      { name: "quantity", label: "Quantity", type: "number", required: true, min: 0 },
      { name: "salesStartsAt", label: "Sales start", type: "datetime", required: true },
      { name: "salesEndsAt", label: "Sales end", type: "datetime", required: true },
      { name: "minOrder", label: "Minimum per order", type: "number", required: true, min: 0 },
      { name: "maxOrder", label: "Maximum per order", type: "number", required: true, min: 1 },
      { name: "isHidden", label: "Hidden (sold through links only)", type: "checkbox" },
      { name: "description", label: "Description", type: "textarea" },
      { name: "position", label: "Position", type: "hidden" },
    ],
    defaults: {
      name: "",
      type: "free",
      price: "0",
      quantity: "100",
      salesStartsAt: "",
      salesEndsAt: "",
      minOrder: "1",
      maxOrder: "10",
      isHidden: false,
      description: "",
      position: "0",
    },
    summary: (item, zone) => {
      const type = TICKET_TYPE_LABELS[item.type as keyof typeof TICKET_TYPE_LABELS] ?? String(item.type);
      const price = item.type === "free" ? "" : ` · ${Number(item.price).toFixed(2)}`;
      const sales =
        item.salesStartsAt instanceof Date && item.salesEndsAt instanceof Date
          ? `On sale ${formatEventRange(item.salesStartsAt, item.salesEndsAt, zone)}`
          : "";
      return [`${type}${price} · ${String(item.quantity)} available · ${String(item.minOrder)}–${String(item.maxOrder)} per order${item.isHidden ? " · Hidden" : ""}`, sales].filter(Boolean);
    },
  },
};
