import { z } from "zod";

/** PATCH /v1/message-settings/{id} and the admin page's toggles. */
export const updateMessageSettingSchema = z.object({
  mailEnabled: z.boolean().optional(),
  notificationEnabled: z.boolean().optional(),
});
export type UpdateMessageSettingInput = z.infer<typeof updateMessageSettingSchema>;
