import type { Mail } from "../generated/prisma/client";
import { defineResource } from "../jsonapi/resource";
import { findMailLog } from "./find-mails";
import { getMail } from "./get-mail";

/** Open Event's `mail`: one mail of the log (the outbox every mail goes through), read-only, for admins. */
export const mailResource = defineResource<Mail>({
  type: "mail",
  path: "mails",
  model: "Mail",
  attributes: {
    recipient: { filter: "string", sortable: true },
    time: { filter: "date", sortable: true },
    action: { filter: "string", sortable: true },
    subject: { filter: "string", sortable: true },
    message: {},
  },
  defaultSort: "-time",
  get: (actor, id) => getMail(actor, id),
  list: (actor, query) => findMailLog(actor, query),
});
