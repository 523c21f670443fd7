import type { Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";
import { numericId } from "./access";
import { finishSessions, sessionInclude, type LoadOptions, type SessionRecord } from "./load";
import { sessionScope } from "./scope";

/** A session the actor may see, else NOT_FOUND (hidden and missing look the same). */
export async function getSession(actor: Actor, id: string | number, options: LoadOptions = {}): Promise<SessionRecord> {
  const session = await db.session.findFirst({
    where: { AND: [{ id: numericId(id, "Session") }, sessionScope(actor)] },
    include: sessionInclude(actor, options.include),
  });
  if (!session) throw notFound("Session");
  return finishSessions([session])[0] as SessionRecord;
}
