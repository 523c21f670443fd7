/**
 * What readers without `content.view-private` see of an event's tickets (also in
 * `include=tickets` of an event). Its own module because eventResource reads it while the
 * resource modules are still loading each other.
 */
export const PUBLIC_TICKETS = { isHidden: false } as const;
