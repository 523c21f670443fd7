import type { Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";
import { numericId } from "../sessions/access";
import type { LoadOptions } from "../sessions/load";
import { speakerScope } from "../sessions/scope";
import { finishSpeakers, speakerInclude, type SpeakerRecord } from "./load";

/** A speaker the actor may see, else NOT_FOUND. */
export async function getSpeaker(actor: Actor, id: string | number, options: LoadOptions = {}): Promise<SpeakerRecord> {
  const speaker = await db.speaker.findFirst({
    where: { AND: [{ id: numericId(id, "Speaker") }, speakerScope(actor)] },
    include: speakerInclude(actor, options.include),
  });
  if (!speaker) throw notFound("Speaker");
  return finishSpeakers([speaker])[0] as SpeakerRecord;
}
