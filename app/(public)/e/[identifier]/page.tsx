import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SubscribeBox } from "@/components/calendar/subscribe-box";
import { EventImage, eventImageUrl } from "@/components/events/event-image";
import { PublicEventNav } from "@/components/public/event-nav";
import { EventSponsors, EventTickets } from "@/components/public/event-offer";
import { httpUrl } from "@/components/public/links";
import { LocalTimeRange } from "@/components/public/local-time";
import { RichText } from "@/components/public/rich-text";
import { EventStateBadge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { callState } from "@/lib/custom-forms/call-window";
import { findVisibleSpeakersCall } from "@/lib/custom-forms/get-speakers-call";
import { eventFeedPath, feedLinks } from "@/lib/feeds/urls";
import { formatEventRange, formatZone } from "@/lib/format/dates";
import { can } from "@/lib/permissions";
import { loadPublicEventDetails } from "@/lib/public/load-event-page";
import { eventPageMetadata, loadPublicEvent, requestOrigin } from "./load-event";

interface Props {
  params: Promise<{ identifier: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return eventPageMetadata((await params).identifier);
}

/** A titled card of the event page. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A map of the venue: its coordinates when known, else a search for its address. */
function mapUrl(event: { locationName: string | null; latitude: number | null; longitude: number | null }): string | null {
  if (event.latitude != null && event.longitude != null) {
    return `https://www.openstreetmap.org/?mlat=${event.latitude}&mlon=${event.longitude}#map=17/${event.latitude}/${event.longitude}`;
  }
  return event.locationName ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(event.locationName)}` : null;
}

const linkClasses = "font-medium text-brand-700 underline-offset-2 hover:underline";

export default async function PublicEventPage({ params }: Props) {
  const { actor, event, listed } = await loadPublicEvent((await params).identifier);
  const [details, call] = await Promise.all([loadPublicEventDetails(event.id), findVisibleSpeakersCall(actor, event.id)]);
  const callWindow = call ? callState(call) : undefined;
  const formatCallTime = (at: Date) => new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: event.timezone }).format(at);
  const canManage = can(actor, "event.update", event);
  const image = eventImageUrl(event);
  const base = `/e/${encodeURIComponent(event.identifier)}`;
  const map = mapUrl(event);
  const website = httpUrl(event.externalEventUrl);
  const ticketShop = httpUrl(event.ticketUrl);
  const hybrid = event.online && Boolean(event.locationName);
  const startsAt = new Date(event.startsAt).toISOString();
  const endsAt = new Date(event.endsAt).toISOString();
  const taxonomy = [details.type, details.topic, details.subTopic].filter((name): name is string => Boolean(name));

  return (
    <article className="space-y-8">
      {canManage ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-brand-100 bg-brand-50 px-4 py-3 text-sm">
          <span className="flex items-center gap-2">
            <EventStateBadge state={event.state} />
            {event.state === "draft" ? "Only the event's team can see this page until it is published." : "You manage this event."}
          </span>
          <Link href={`/events/${encodeURIComponent(event.identifier)}`} className="font-medium text-brand-700 hover:underline">
            Manage event
          </Link>
        </div>
      ) : null}

      <header className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
        <EventImage src={image} alt="" priority className="aspect-[13/5] w-full" />
        <div className="space-y-4 p-5 sm:p-8">
          <div className="flex items-center gap-4">
            {event.logoUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- an organiser URL or local upload of unknown size, like the event image.
              <img src={event.logoUrl} alt="" className="size-14 shrink-0 rounded-lg border border-slate-200 bg-white object-contain p-1 sm:size-16" />
            ) : null}
            <div className="min-w-0 space-y-1">
              <h1 className="break-words text-2xl font-bold tracking-tight text-slate-900 sm:text-4xl">{event.name}</h1>
              {taxonomy.length ? <p className="text-sm text-slate-600">{taxonomy.join(" · ")}</p> : null}
            </div>
          </div>
          <dl className="grid gap-3 text-sm text-slate-700 sm:grid-cols-2">
            <div>
              <dt className="font-medium text-slate-500">When</dt>
              <dd>
                <time dateTime={startsAt}>{formatEventRange(startsAt, endsAt, event.timezone)}</time>
                <span className="block text-slate-500">Time zone: {formatZone(event.timezone, event.startsAt)}</span>
                <LocalTimeRange startsAt={startsAt} endsAt={endsAt} eventZone={event.timezone} />
              </dd>
            </div>
            {event.locationName || event.online ? (
              <div>
                <dt className="font-medium text-slate-500">Where</dt>
                <dd className="space-y-0.5">
                  {event.locationName ? <span className="block break-words">{event.locationName}</span> : null}
                  {map && event.locationName ? (
                    <a href={map} className={`block ${linkClasses}`} rel="noopener noreferrer">
                      Show on a map
                    </a>
                  ) : null}
                  {event.online ? (
                    <span className="block text-slate-500">
                      {hybrid ? "Hybrid: on site and online." : "Online event."}{" "}
                      {website ? "Joining details are on the event's website." : "Joining details are sent to ticket holders."}
                    </span>
                  ) : null}
                </dd>
              </div>
            ) : null}
          </dl>
          <p className="flex flex-wrap gap-2">
            {ticketShop ? (
              <a href={ticketShop} className={buttonClasses("primary")} rel="noopener noreferrer">
                Get tickets
              </a>
            ) : null}
            {website ? (
              <a href={website} className={buttonClasses("secondary")} rel="noopener noreferrer">
                Event website
              </a>
            ) : null}
          </p>
        </div>
      </header>

      <PublicEventNav identifier={event.identifier} current="overview" />
      {listed && event.schedulePublishedOn ? (
        <SubscribeBox
          id="subscribe"
          title="Subscribe to the schedule"
          description="Your calendar app keeps it up to date when sessions move."
          links={feedLinks(await requestOrigin(), eventFeedPath(event.identifier))}
        />
      ) : null}

      {event.description ? (
        <Section id="about" title="About this event">
          <RichText html={event.description} />
        </Section>
      ) : null}

      {call ? (
        <Section id="call-for-speakers" title="Call for speakers">
          <RichText html={call.announcement} />
          <p className="text-slate-700">
            {callWindow === "upcoming"
              ? `Opens on ${formatCallTime(call.startsAt)}.`
              : callWindow === "closed"
                ? `Closed on ${formatCallTime(call.endsAt)}.`
                : `Open until ${formatCallTime(call.endsAt)}.`}{" "}
            <span className="text-slate-500">({formatZone(event.timezone)})</span>
          </p>
          {callWindow === "open" || callWindow === "closing" ? (
            <p>
              <Link href={`${base}/propose`} className={buttonClasses("primary")}>
                Propose a session
              </Link>
            </p>
          ) : null}
        </Section>
      ) : event.state === "published" && event.isSessionsSpeakersEnabled ? (
        // Without a call for speakers, an event that takes proposals takes them at any time.
        <Section id="call-for-speakers" title="Call for speakers">
          <p className="text-slate-700">This event takes session proposals.</p>
          <p>
            <Link href={`${base}/propose`} className={buttonClasses("primary")}>
              Propose a session
            </Link>
          </p>
        </Section>
      ) : null}

      {details.tickets.length || ticketShop ? (
        <Section id="tickets" title="Tickets">
          <EventTickets tickets={details.tickets} currency={event.paymentCurrency} timezone={event.timezone} />
          {ticketShop ? (
            <p>
              <a href={ticketShop} className={linkClasses} rel="noopener noreferrer">
                Buy tickets on the ticket shop
              </a>
            </p>
          ) : null}
        </Section>
      ) : null}

      {details.sponsorLevels.length ? (
        <Section id="sponsors" title="Sponsors">
          <EventSponsors levels={details.sponsorLevels} />
        </Section>
      ) : null}

      {event.codeOfConduct ? (
        <Section id="code-of-conduct" title="Code of conduct">
          <RichText html={event.codeOfConduct} />
        </Section>
      ) : null}

      {(event.hasOwnerInfo && (event.ownerName || event.ownerDescription)) || event.email || details.socialLinks.length ? (
        <Section id="organizer" title="Organizer">
          {event.hasOwnerInfo && event.ownerName ? <p className="font-medium text-slate-900">{event.ownerName}</p> : null}
          {event.hasOwnerInfo ? <RichText html={event.ownerDescription} /> : null}
          {event.email ? (
            <p className="text-sm text-slate-700">
              Contact:{" "}
              <a href={`mailto:${event.email}`} className={`break-all ${linkClasses}`}>
                {event.email}
              </a>
            </p>
          ) : null}
          {details.socialLinks.length ? (
            <ul aria-label="Follow the event" className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
              {details.socialLinks.map((link) => {
                const href = httpUrl(link.link);
                return href ? (
                  <li key={link.id}>
                    <a href={href} className={linkClasses} rel="noopener noreferrer me">
                      {link.name}
                    </a>
                  </li>
                ) : null;
              })}
            </ul>
          ) : null}
        </Section>
      ) : null}
    </article>
  );
}
