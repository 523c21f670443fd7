import type { UseFormReturn } from "react-hook-form";
import type { EventSetup } from "@/lib/event-setup/load";
import type { EventSetupData, EventSetupInput } from "@/lib/event-setup/schemas";

export type SetupForm = UseFormReturn<EventSetupInput, unknown, EventSetupData>;

/** Saved rows → what the inputs hold (empty strings, not nulls; the floor as typed text). */
export function toFormValues(setup: EventSetup): EventSetupInput {
  return {
    tracks: setup.tracks.map((t) => ({ id: t.id, name: t.name, color: t.color, description: t.description ?? "" })),
    microlocations: setup.microlocations.map((m) => ({
      id: m.id,
      name: m.name,
      floor: m.floor === null ? "" : String(m.floor),
      room: m.room ?? "",
    })),
    sessionTypes: setup.sessionTypes.map((s) => ({ id: s.id, name: s.name, length: s.length })),
  };
}
