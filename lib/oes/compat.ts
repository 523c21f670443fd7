/**
 * The hand-maintained half of the Open Event Server compatibility matrix: what cannot be read
 * from the app (reasons, deviations, scope). Everything else is derived by lib/oes/matrix.ts from
 * the OES reference data (lib/oes/data) and the app itself (route files under app/, resource
 * declarations, what the body parser accepts), and rendered into docs/oes-compatibility.md by
 * `npm run oes:matrix`. lib/oes/compat.test.ts fails when an entry here contradicts the app or
 * names something OES does not have, and when the committed document is stale.
 *
 * When a feature lands, the derived statuses change by themselves (a new route file is "served",
 * a new attribute "stored", an attribute the body parser accepts without storing "ignored on
 * write"); update this file only for what is still not derivable, then run `npm run oes:matrix`.
 */

/**
 * The groups of the coverage target, as lib/oes/data/routes.json groups pairs: by the Python
 * module of the class (or blueprint view) that serves the route, named like its URL, so a route
 * belongs to the resource that answers it (`/v1/sessions/{id}/event` is EventDetail: events).
 * See lib/oes/NOTES.md "Path × method counts".
 */
export const IN_SCOPE_GROUPS = [
  "events",
  "sessions",
  "speakers",
  "microlocations",
  "tracks",
  "session-types",
  "sponsors",
  "social-links",
  "tickets",
  "event-topics",
  "event-sub-topics",
  "event-types",
  "notifications",
  "role-invites",
  "users-events-roles",
  "roles",
  "image-sizes",
  "export",
  "import",
  "upload",
  "tasks",
  "message-settings",
  "mails",
  "auth",
  "custom-forms",
  "custom-form-options",
  "speakers-calls",
  "admin-statistics",
] as const;

/** Groups that come with work of their own: listed and measured, outside the coverage target. */
export const PLANNED_GROUPS: Readonly<Record<string, string>> = {
  users: "The account itself is served (/v1/users, /v1/users/{id}, /v1/users/me); a user's events, orders and other relations come with their own work.",
};

/** Share of the in-scope pairs that must answer (the target the probe prints beside its total). */
export const COVERAGE_TARGET = 0.9;

export type HandRouteStatus = "served" | "deviates" | "not-offered" | "planned";
export type HandAttributeStatus = "stored" | "ignored" | "not-offered" | "deviates";

const TICKET_SALES =
  "Ticket sales are not part of this product (orders, attendees, payments, invoices, taxes, discount and access codes, check-in): tickets here say what an event offers, nobody buys them here.";
const VIRTUAL = "Virtual events (video streams, video rooms, chat) are not part of this product.";
const GROUPS = "Groups of events (and following them) are not part of this product.";
const FAVOURITES = "Favourites are offered as starred sessions under /v1/users/me/starred-sessions, not as OES favourite resources.";

/**
 * Routes of OES features this product does not have (or has planned), by a path segment that
 * names them: a collection (`orders`, `/v1/orders/{id}/event`) or a relationship
 * (`/v1/events/{id}/relationships/orders`). Such a pair is "not offered" (or "planned") with the
 * reason, unless a route here serves it; DESIGN.md asks that collections of not-offered resources
 * answer an empty collection rather than 404, so "not offered" pairs are still probed.
 */
export const FEATURES: readonly { segments: readonly string[]; status: "not-offered" | "planned"; reason: string }[] = [
  {
    segments: [
      "orders",
      "attendees",
      "discount-codes",
      "access-codes",
      "event-invoices",
      "tax",
      "ticket-tags",
      "stripe-authorization",
      "stripe-authorizations",
      "order-statistics",
      "stations",
      "station",
      "badge-forms",
      "marketer-events",
      "sales-admin-events",
      "sales",
    ],
    status: "not-offered",
    reason: TICKET_SALES,
  },
  { segments: ["video-streams", "video-stream", "virtual-room", "chat-token", "has-streams"], status: "not-offered", reason: VIRTUAL },
  { segments: ["exhibitors", "reorder-exhibitors"], status: "not-offered", reason: "Exhibitors are not part of this product." },
  { segments: ["faqs", "faq-types"], status: "not-offered", reason: "Event FAQs are not part of this product." },
  { segments: ["feedbacks"], status: "not-offered", reason: "Session feedback is not part of this product." },
  { segments: ["tags"], status: "not-offered", reason: "Attendee tags are not part of this product." },
  { segments: ["group", "groups", "users-groups-roles", "followers"], status: "not-offered", reason: GROUPS },
  { segments: ["speaker-invites"], status: "not-offered", reason: "Speakers are added by organizers or propose sessions themselves; OES speaker invites are not part of this product." },
  { segments: ["custom-placeholder", "custom-placeholders"], status: "not-offered", reason: "Custom placeholder images are not part of this product: an event without an image shows its topic's system image." },
  { segments: ["event-copyright", "event-copyrights"], status: "not-offered", reason: "Event copyright records are not part of this product." },
  { segments: ["email-notifications"], status: "not-offered", reason: "Per-event e-mail notification settings are not part of this product; message settings cover mail per action." },
  { segments: ["favourite-sessions", "user-favourite-events", "user-favourite-sessions", "session-favourites"], status: "not-offered", reason: FAVOURITES },
  { segments: ["notification-actions", "actions"], status: "not-offered", reason: "Notifications carry their link directly; OES notification actions are not part of this product." },
  {
    segments: ["custom-form-translates"],
    status: "not-offered",
    reason: "Translations of form fields are not part of this product: a field has one name and description.",
  },
  {
    segments: ["general-statistics"],
    status: "not-offered",
    reason: "An event's general statistics are read at /v1/events/{id}/general-statistics; Open Event's relationship from the event to them is not served.",
  },
];

const ROLES_FIXED =
  "The event roles are a fixed set (what each may do is part of the application): creating or deleting one answers 403 for everyone; OES lets admins do both.";

/** The event's team relationships (lib/roles/event-team.ts), at both of OES's event keys. */
function teamRoutes(): Record<string, { status?: HandRouteStatus; reason?: string; note?: string }> {
  const entries: [string, { status?: HandRouteStatus; reason?: string; note?: string }][] = [];
  for (const key of ["{id}", "{identifier}"]) {
    for (const name of ["organizers", "coorganizers", "track-organizers", "moderators", "registrars"]) {
      for (const method of ["POST", "PATCH"]) {
        entries.push([
          `${method} /v1/events/${key}/relationships/${name}`,
          {
            status: "deviates",
            reason:
              "Only admins add users to a role by id; the event's owner and organizers invite people by e-mail (POST /v1/role-invites), so nobody joins a team without accepting (403 at the entry). Removing members works for them as on the team page.",
          },
        ]);
      }
    }
    entries.push([`DELETE /v1/events/${key}/relationships/owner`, { status: "deviates", reason: "An event always has an owner: 422. Ownership moves with PATCH to a team member (admins: to anyone), and the previous owner stays an organizer." }]);
    for (const name of ["roles", "role-invites"]) {
      entries.push([`POST /v1/events/${key}/relationships/${name}`, { note: "Rows of other events are refused (422); members join by invites, and DELETE withdraws a role or revokes an invite." }]);
    }
  }
  return Object.fromEntries(entries);
}

/** POST on the other paths of OES's EventList: an event made as by POST /v1/events (lib/api/routes.ts listCreateRoute). */
function eventListPosts(): Record<string, { note: string }> {
  const note = "Creates an event exactly as POST /v1/events does: the caller owns it and the path's id is not used, as in OES (type, topic and sub-topic come from the document).";
  const paths = [
    "/v1/event-types/{event_type_id}/events",
    "/v1/event-topics/{event_topic_id}/events",
    "/v1/event-sub-topics/{event_sub_topic_id}/events",
    "/v1/users/{user_id}/events",
    ...["owner", "organizer", "coorganizer", "track_organizer", "registrar", "moderator"].map((role) => `/v1/users/{user_${role}_id}/${role.replace("_", "-")}-events`),
  ];
  return Object.fromEntries(paths.map((path) => [`POST ${path}`, { note }]));
}

/**
 * Route pairs whose status cannot be derived, by `METHOD path` exactly as in routes.json.
 * `deviates` and `served` need a route of ours that answers the pair (`by` names it when it is
 * not the route file at the same path); `note` is shown whatever the status.
 */
export const ROUTES: Readonly<Record<string, { status?: HandRouteStatus; reason?: string; by?: string; note?: string }>> = {
  ...teamRoutes(),
  ...eventListPosts(),
  "GET /v1/sessions/states": {
    note: "The map is read from this product's state table (lib/sessions/states.ts), with a `reviewer` entry (track organizers and moderators) beside OES's organizer and speaker.",
  },
  ...Object.fromEntries(
    [
      ["dates", "Days are the event's calendar days (OES: the UTC date, the day before for a morning session east of Greenwich)"],
      ["languages", "Languages are those of the sessions the caller sees"],
    ].map(([list, what]) => [
      `GET /v1/events/{event_identifier}/sessions/${list}`,
      {
        status: "deviates" as const,
        reason: `${what}; an event the caller may not view is 404. OES answers for any event to anyone and counts sessions nobody else may see.`,
      },
    ]),
  ),
  "GET /v1/mails": { note: "The mail log (the outbox every mail goes through), for admins: anonymous 401, other users 403, as OES's is_admin." },
  "GET /v1/users/{user_id}/speakers": {
    status: "deviates",
    reason: "The user's speaker profiles are read by the user and admins only (others 404, anonymous 401); OES lists any user's profiles, e-mail and phone included, to anyone.",
  },
  ...Object.fromEntries(
    ["{event_id}", "{event_identifier}"].map((key) => [
      `GET /v1/events/${key}/custom-forms/{form_id}`,
      { note: "The event's fields of one form (session or speaker), as its custom-forms collection shows them; a form not offered here (OES's attendee form) is an empty collection." },
    ]),
  ),
  "POST /v1/roles": { status: "deviates", reason: ROLES_FIXED },
  "DELETE /v1/roles/{id}": { status: "deviates", reason: ROLES_FIXED },
  "PATCH /v1/roles/{id}": { note: "Admins change `title-name`; `name` is the key the permissions use." },
  "POST /v1/users": {
    status: "deviates",
    reason:
      "Answers 202 with a meta message for new and already registered addresses alike (the owner of an existing account is mailed instead), so sign-up never reveals who has an account; OES answers 201, or 409 for a registered address.",
  },
  "GET /v1/events/upcoming": {
    status: "deviates",
    reason:
      "Upcoming events are the published, public events that have neither started nor ended, by start (the events collection's `upcoming` condition, also behind `?upcoming=true` on /v1/events; filter, sort, include and `page[size]=0` apply as on /v1/events). OES further keeps only events that are promoted, or not demoted and complete (image, logo, type, topic, sub-topic, a visible ticket on sale, a twitter link): this product has no promotion or demotion flags, so it does not make that selection.",
  },
  "POST /v1/events/upcoming": {
    note: "OES answers POST here only because UpcomingEventList inherits EventList's methods (its POST fails there, the create permission that names the owner being dropped); here it creates an event as POST /v1/events does.",
  },
  "POST /v1/role_invites/accept-invite": { note: "Ours is POST /v1/role-invites/accept-invite (dash, like every other path)." },
  "POST /v1/events/import/{source_type}": {
    status: "served",
    by: "app/v1/events/import/json/route.ts",
    note: "Source type json only, as in OES (whose other source types answer 404 too).",
  },
};

/**
 * Attribute reasons (and statuses that cannot be derived) by OES type, then member name. The
 * status of an attribute our declaration has is "stored"; of one the body parser accepts without
 * storing, "ignored on write"; otherwise a PATCH carrying it is refused with 422 today. A reason
 * given here is shown beside whichever of these applies.
 */
export const ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, { status?: HandAttributeStatus; reason: string }>>>> = {
  event: {
    ...Object.fromEntries(
      [
        "after-order-message",
        "show-remaining-tickets",
        "is-oneclick-signup-enabled",
        "is-ticket-form-enabled",
        "payment-country",
        "paypal-email",
        "is-tax-enabled",
        "is-billing-info-mandatory",
        "is-donation-enabled",
        "can-pay-by-paypal",
        "can-pay-by-stripe",
        "can-pay-by-cheque",
        "can-pay-by-bank",
        "can-pay-by-invoice",
        "can-pay-onsite",
        "can-pay-by-omise",
        "can-pay-by-alipay",
        "can-pay-by-paytm",
        "cheque-details",
        "invoice-details",
        "bank-details",
        "onsite-details",
        "refund-policy",
        "is-stripe-linked",
        "is-badges-enabled",
        "completed-order-sales",
        "placed-order-sales",
        "pending-order-sales",
        "completed-order-tickets",
        "placed-order-tickets",
        "pending-order-tickets",
      ].map((name) => [name, { reason: TICKET_SALES }]),
    ),
    ...Object.fromEntries(
      ["public-stream-link", "stream-loop", "stream-autoplay", "is-chat-enabled", "is-videoroom-enabled", "chat-room-name"].map((name) => [name, { reason: VIRTUAL }]),
    ),
    "is-cfs-enabled": { reason: "An event's call for speakers is its speakers-call (GET /v1/events/{id}/speakers-call): it has one or none, and no flag says so." },
  },
  ticket: Object.fromEntries(
    [
      "min-price",
      "max-price",
      "is-fee-absorbed",
      "min-order",
      "max-order",
      "is-checkin-restricted",
      "auto-checkin-enabled",
      "form-id",
      "badge-id",
    ].map((name) => [name, { reason: TICKET_SALES }]),
  ),
  microlocation: Object.fromEntries(["chat-room-name", "is-chat-enabled", "is-global-event-room"].map((name) => [name, { reason: VIRTUAL }])),
  session: {
    "average-rating": { reason: "Session feedback is not part of this product." },
    "rating-count": { reason: "Session feedback is not part of this product." },
    "favourite-count": { reason: FAVOURITES },
  },
};

/** Relationship reasons by OES type, then member name (same rules as ATTRIBUTES). */
export const RELATIONSHIPS: Readonly<Record<string, Readonly<Record<string, { status?: HandAttributeStatus; reason: string }>>>> = {};
