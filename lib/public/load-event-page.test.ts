import { describe, expect, it } from "vitest";
import { createEvent, createEventTopic, createSocialLink, createSponsor, createTicket, createUser } from "../../prisma/factories";
import { loadPublicEventDetails } from "./load-event-page";

const at = (iso: string) => new Date(iso);

describe("loadPublicEventDetails", () => {
  it("groups sponsors by level, lists public tickets with their sales state, and leaves out hidden and deleted rows", async () => {
    const topic = await createEventTopic({ name: "Technology" });
    const event = await createEvent({ owner: await createUser(), eventTopicId: topic.id });
    const other = await createEvent({ owner: await createUser() });
    const gold = await createSponsor({ event, name: "Gold One", level: 1, type: "Gold", position: 2, logoUrl: "/images/sponsors/a.svg" });
    const goldFirst = await createSponsor({ event, name: "Gold Zero", level: 1, type: "Gold", position: 1, url: null });
    const community = await createSponsor({ event, name: "Friends", level: 3, type: "Community", position: 1 });
    await createSponsor({ event, name: "Gone", level: 1, deletedAt: new Date() });
    await createSponsor({ event: other, name: "Elsewhere", level: 1 });
    const link = await createSocialLink({ event, name: "Mastodon", link: "https://social.example/@ev", identifier: "mastodon" });
    const window = { salesStartsAt: at("2027-01-01T00:00:00Z"), salesEndsAt: at("2027-02-01T00:00:00Z") };
    const paid = await createTicket({ event, name: "Standard", type: "paid", price: "120.5", position: 1, ...window });
    const soldOut = await createTicket({ event, name: "Early", type: "paid", price: 80, quantity: 0, position: 2, ...window });
    await createTicket({ event, name: "Crew", isHidden: true, ...window });
    await createTicket({ event, name: "Withdrawn", deletedAt: new Date(), ...window });

    const ticket = (row: typeof paid, status: string) => ({
      id: row.id,
      name: row.name,
      description: null,
      type: row.type,
      price: row.price.toFixed(2),
      salesStartsAt: "2027-01-01T00:00:00.000Z",
      salesEndsAt: "2027-02-01T00:00:00.000Z",
      status,
    });
    const sponsor = (row: typeof gold) => ({ id: row.id, name: row.name, description: null, url: row.url, logoUrl: row.logoUrl });
    const expected = (status: string) => ({
      topic: "Technology",
      subTopic: null,
      type: null,
      sponsorLevels: [
        { level: 1, label: "Gold", sponsors: [sponsor(goldFirst), sponsor(gold)] },
        { level: 3, label: "Community", sponsors: [sponsor(community)] },
      ],
      socialLinks: [{ id: link.id, name: "Mastodon", link: "https://social.example/@ev", identifier: "mastodon" }],
      tickets: [{ ...ticket(paid, status), price: "120.50" }, ticket(soldOut, "sold-out")],
    });

    expect(await loadPublicEventDetails(event.id, at("2026-12-01T00:00:00Z"))).toEqual(expected("not-yet-on-sale"));
    expect(await loadPublicEventDetails(event.id, at("2027-01-15T00:00:00Z"))).toEqual(expected("on-sale"));
    expect(await loadPublicEventDetails(event.id, at("2027-03-01T00:00:00Z"))).toEqual(expected("sales-ended"));
  });
});
