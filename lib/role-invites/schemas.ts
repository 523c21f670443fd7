import { z } from "zod";
import { AppError } from "../errors";

/**
 * Input contracts of role invites, shared by `POST/PATCH /v1/role-invites` and the team page's
 * invite form (react-hook-form's zod resolver).
 */

/** Roles an invite may grant. Ownership is never handed out by invite; attendees buy tickets. */
export const INVITABLE_ROLES = ["organizer", "coorganizer", "track_organizer", "moderator", "registrar"] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export const ROLE_LABELS: Record<InvitableRole, string> = {
  organizer: "Organizer",
  coorganizer: "Co-organizer",
  track_organizer: "Track organizer",
  moderator: "Moderator",
  registrar: "Registrar",
};

const email = z
  .string({ error: (issue) => (issue.input === undefined ? "Email is required" : "Email must be a string") })
  .trim()
  .min(1, "Email is required")
  .pipe(z.email("Enter a valid email address").max(254, "Email must be at most 254 characters"))
  // Invites are matched to accounts case-insensitively; accounts store emails lower-cased.
  .transform((value) => value.toLowerCase());

export const invitableRoleName = z.enum(INVITABLE_ROLES, { error: `Role must be one of ${INVITABLE_ROLES.join(", ")}` });

/** What the team page's form asks for; the API adds the event and accepts the role by id too. */
export const roleInviteFormSchema = z.object({ email, roleName: invitableRoleName });
export type RoleInviteFormValues = z.input<typeof roleInviteFormSchema>;

const positiveId = (label: string) => z.number({ error: `${label} must be an id` }).int().positive();

/**
 * `POST /v1/role-invites`: relationship `event`, and the role either as attribute `role-name`
 * or as relationship `role` (Open Event clients send the relationship).
 */
export const createRoleInviteSchema = roleInviteFormSchema
  .extend({
    roleName: invitableRoleName.optional(),
    eventId: positiveId("Event"),
    roleId: positiveId("Role").optional(),
    // An invite starts pending; only its invitee answers it (Ember Data sends the default back).
    status: z.literal("pending", { error: "A new invite is pending; only the invitee accepts or declines" }).optional(),
  })
  .refine((input) => input.roleName !== undefined || input.roleId !== undefined, {
    message: "Role is required",
    path: ["roleName"],
  });
export type CreateRoleInviteInput = z.output<typeof createRoleInviteSchema>;

/**
 * `PATCH /v1/role-invites/{id}`. Who may change what (the invitee only `status`, organizers
 * only the role) is decided by the service, which knows who is asking.
 */
export const updateRoleInviteSchema = z.object({
  email: email.optional(),
  roleName: invitableRoleName.optional(),
  roleId: positiveId("Role").optional(),
  status: z.enum(["pending", "accepted", "declined"], { error: "Status must be accepted or declined" }).optional(),
  // Ember Data sends the whole record back; the event of an invite never changes (checked in the service).
  eventId: positiveId("Event").optional(),
});
export type UpdateRoleInviteInput = z.output<typeof updateRoleInviteSchema>;

/** The secret of an accept link: 32 random bytes, base64url (43 characters). */
export const inviteHashSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "Invalid invite link");

/**
 * `POST /v1/role-invites/accept-invite`: `{"data": {"hash": …}}` (`token` is Open Event's name).
 * A well-formed but unknown or malformed secret is the service's 404, like a revoked invite.
 */
const acceptInviteBodySchema = z.object({
  data: z.object({ hash: z.string().min(1).optional(), token: z.string().min(1).optional() }),
});

export function inviteHashFromBody(body: unknown): string {
  const parsed = acceptInviteBodySchema.safeParse(body);
  const hash = parsed.success ? (parsed.data.data.hash ?? parsed.data.data.token) : undefined;
  if (!hash) throw new AppError("UNPROCESSABLE", "The secret of the invite link is required", { pointer: "/data/hash" });
  return hash;
}
