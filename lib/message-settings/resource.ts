import type { MessageSettings } from "../generated/prisma/client";
import { defineResource, updateWith } from "../jsonapi/resource";
import { findMessageSettings } from "./find-message-settings";
import { getMessageSetting } from "./get-message-setting";
import { updateMessageSettingSchema } from "./schemas";
import { updateMessageSetting } from "./update-message-setting";

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
  get: (actor, id) => getMessageSetting(actor, id),
  list: (actor, query) => findMessageSettings(actor, query),
  update: updateWith(updateMessageSettingSchema, (actor, id, input, { expectedId }) => updateMessageSetting(actor, id, input, { expectedId })),
});
