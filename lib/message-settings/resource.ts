import type { MessageSettings } from "../generated/prisma/client";
import { defineResource } from "../jsonapi/resource";

/** `message-setting`: per action, whether mail and in-app notifications go out. */
export const messageSettingResource = defineResource<MessageSettings>({
  type: "message-setting",
  path: "message-settings",
  model: "MessageSettings",
  attributes: {
    action: { filter: "string", sortable: true },
    mailEnabled: { writable: true, filter: "boolean" },
    notificationEnabled: { writable: true, filter: "boolean" },
  },
  defaultSort: "id",
});
