import type { Metadata } from "next";
import Link from "next/link";
import { EventForm } from "@/components/events/event-form";
import { requireSessionActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create event" };

export default async function NewEventPage() {
  await requireSessionActor("/events/new");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/events" className="hover:text-slate-800 hover:underline">
          My events
        </Link>{" "}
        / <span aria-current="page">Create event</span>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Create event</h1>
        <p className="mt-1 text-sm text-slate-600">
          New events start as drafts; publish when the page is ready.
        </p>
      </div>
      <EventForm mode="create" />
    </div>
  );
}
