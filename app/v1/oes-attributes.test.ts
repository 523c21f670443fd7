import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import type { Event } from "@/lib/generated/prisma/client";
import { attributeName, relationshipName, type AnyResource } from "@/lib/jsonapi/resource";
import { oesTypes } from "@/lib/oes/reference";
import { failure, params, read, request } from "@/lib/testing/api";
import { declaredResources, ROOT } from "@/lib/testing/v1-routes";
import {
  addRole,
  createEvent,
  createMicrolocation,
  createSession,
  createSessionType,
  createSocialLink,
  createSpeaker,
  createSponsor,
  createTicket,
  createTrack,
  createUser,
} from "@/prisma/factories";

/**
 * The attribute catalogue (lib/oes/catalogue.ts): a PATCH may carry every attribute and
 * relationship Open Event Server declares for the type, as its clients send their whole model;
 * those we do not model are ignored (200, the resource unchanged). A name that neither OES nor
 * our declaration has for the type stays a 422 at its pointer, even when OES declares it for
 * another type.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route handlers differ in their params
type Handler = (request: Request, context: { params: Promise<any> }) => Promise<Response>;

let event: Event;
let token: string;
const rows: Record<string, { id: number }> = {};

beforeAll(async () => {
  const organizer = await createUser();
  event = await createEvent({ owner: organizer });
  await addRole(organizer, event, "organizer");
  token = await signApiToken(organizer);
  Object.assign(rows, {
    event,
    track: await createTrack({ event }),
    microlocation: await createMicrolocation({ event }),
    "session-type": await createSessionType({ event }),
    sponsor: await createSponsor({ event }),
    "social-link": await createSocialLink({ event }),
    ticket: await createTicket({ event }),
    speaker: await createSpeaker({ event }),
    session: await createSession({ event }),
  });
});

async function item(resource: AnyResource): Promise<Record<string, Handler>> {
  return (await import(pathToFileURL(path.join(ROOT, "app", "v1", resource.path, "[id]", "route.ts")).href)) as Record<string, Handler>;
}

/** OES's members of the type that our declaration lacks. */
function oesOnly(resource: AnyResource) {
  const oes = oesTypes()[resource.type]!;
  const ours = new Set(Object.entries(resource.attributes).map(([key, def]) => attributeName(key, def as never)));
  const ourRelationships = new Set(Object.entries(resource.relationships ?? {}).map(([key, def]) => relationshipName(key, def)));
  return {
    attributes: Object.keys(oes.attributes).filter((name) => !ours.has(name)),
    relationships: Object.keys(oes.relationships).filter((name) => !ourRelationships.has(name)),
  };
}

const resourcesUnderTest = async () => (await declaredResources()).filter((resource) => resource.type in rows);

describe("PATCH with Open Event's attributes", () => {
  it("accepts every attribute and relationship OES declares that we lack: 200 and the resource unchanged", async () => {
    const tested: string[] = [];
    for (const resource of await resourcesUnderTest()) {
      const { GET, PATCH } = await item(resource);
      const id = String(rows[resource.type]!.id);
      const url = `/v1/${resource.path}/${id}`;
      const before = await read(await GET!(request("GET", url, { token }), params({ id })));
      const { attributes, relationships } = oesOnly(resource);
      expect(attributes.length, resource.type).toBeGreaterThan(0);
      const body = {
        data: {
          type: resource.type,
          id,
          attributes: Object.fromEntries(attributes.map((name) => [name, "sent by an Open Event client"])),
          relationships: Object.fromEntries(relationships.map((name) => [name, { data: null }])),
        },
      };
      const patched = await read(await PATCH!(request("PATCH", url, { token, body }), params({ id })));
      expect([resource.type, patched.status, patched.body.errors]).toEqual([resource.type, 200, undefined]);
      const after = await read(await GET!(request("GET", url, { token }), params({ id })));
      // Only what the server itself stamps on a write may differ.
      const stamps = (document: typeof before) => {
        const attributes = { ...(document.body.data as { attributes: Record<string, unknown> }).attributes };
        delete attributes["last-modified-at"];
        return { ...document.body, data: { ...(document.body.data as object), attributes } };
      };
      expect(stamps(after), resource.type).toEqual(stamps(before));
      tested.push(resource.type);
    }
    expect(tested.sort()).toEqual(Object.keys(rows).sort());
  });

  it("refuses a name neither OES nor we declare for the type with 422 at its pointer, and changes nothing", async () => {
    for (const resource of await resourcesUnderTest()) {
      const { GET, PATCH } = await item(resource);
      const id = String(rows[resource.type]!.id);
      const url = `/v1/${resource.path}/${id}`;
      const before = await read(await GET!(request("GET", url, { token }), params({ id })));
      // `colour`: a typo; `is-mail-sent`: OES declares it for sessions only.
      const foreign = resource.type === "session" ? "heard-from" : "is-mail-sent";
      const body = { data: { type: resource.type, id, attributes: { colour: "red", [foreign]: true }, relationships: { "no-such-link": { data: null } } } };
      expect([resource.type, await read(await PATCH!(request("PATCH", url, { token, body }), params({ id })))]).toEqual([
        resource.type,
        failure(
          422,
          ['Unknown attribute "colour"', "/data/attributes/colour"],
          [`Unknown attribute "${foreign}"`, `/data/attributes/${foreign}`],
          ['Relationship "no-such-link" cannot be set here', "/data/relationships/no-such-link"],
        ),
      ]);
      expect(await read(await GET!(request("GET", url, { token }), params({ id })))).toEqual(before);
    }
  });
});
