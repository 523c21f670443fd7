import routesData from "./data/routes.json";
import { FEATURES } from "./compat";

/**
 * Open Event Server routes of features this product does not offer (compat.ts FEATURES marked
 * "not-offered": ticket sales, groups, virtual rooms…). Its clients request some of them on every
 * page (the frontend's home page lists groups), and a 404 where OES has a collection breaks
 * them; app/v1/[...path]/route.ts answers these routes as an empty collection or linkage, and
 * refuses writes openly. The reference data is OES's own route table (lib/oes/data).
 */

interface Rule {
  path: string;
  methods: string[];
  kind: string;
  relationship?: string;
  relatedMany?: boolean;
}

export interface NotOfferedRoute {
  /** OES's route template, e.g. `/v1/events/{event_id}/orders`. */
  template: string;
  kind: "list" | "list-post" | "detail" | "relationship" | "blueprint";
  /** Relationships: whether the linkage is a list. */
  many: boolean;
  /** Why the feature is not here (compat.ts). */
  reason: string;
  /** The path's first resource and id when the route hangs under one (`events`, `7`). */
  parent?: { path: string; id: string };
  /** The methods OES serves at the template. */
  methods: readonly string[];
}

const segmentsOf = (path: string) => path.split("/").filter(Boolean);
const isParam = (segment: string) => segment.startsWith("{") && segment.endsWith("}");

interface Candidate extends Omit<NotOfferedRoute, "parent"> {
  segments: string[];
}

let candidates: Candidate[] | undefined;

function notOfferedRules(): Candidate[] {
  if (candidates) return candidates;
  const features = FEATURES.filter((feature) => feature.status === "not-offered");
  const byTemplate = new Map<string, Candidate>();
  for (const rule of (routesData as { routes: Rule[] }).routes) {
    const segments = segmentsOf(rule.path);
    const feature = features.find((candidate) => candidate.segments.some((segment) => segments.includes(segment)));
    if (!feature || rule.kind === "app") continue;
    const known = byTemplate.get(rule.path);
    if (known) {
      known.methods = [...new Set([...known.methods, ...rule.methods])];
      continue;
    }
    byTemplate.set(rule.path, {
      template: rule.path,
      segments,
      kind: rule.kind as NotOfferedRoute["kind"],
      many: rule.relatedMany ?? false,
      reason: feature.reason,
      methods: rule.methods,
    });
  }
  candidates = [...byTemplate.values()];
  return candidates;
}

/** The not-offered OES route a path names (with its parent resource), or undefined. */
export function notOfferedRoute(pathname: string): NotOfferedRoute | undefined {
  const parts = segmentsOf(pathname);
  // Literal segments first: `/v1/orders/{id}` must not shadow a literal OES path of the same length.
  const matches = notOfferedRules().filter(
    (rule) => rule.segments.length === parts.length && rule.segments.every((segment, i) => isParam(segment) || segment === parts[i]),
  );
  const rule = matches.sort((a, b) => a.segments.filter(isParam).length - b.segments.filter(isParam).length)[0];
  if (!rule) return undefined;
  const { segments, ...route } = rule;
  const parent = segments.length > 3 && isParam(segments[2]!) && !isParam(segments[1]!) ? { path: parts[1]!, id: parts[2]! } : undefined;
  return parent ? { ...route, parent } : route;
}
