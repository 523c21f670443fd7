import type { Actor } from "../auth/actor";

/** The actor a signed-in user is, as services receive it, from a user row of the factories. */
export const actorOf = (user: { id: number; email: string; isAdmin: boolean; isSuperAdmin: boolean }): NonNullable<Actor> => ({
  id: user.id,
  email: user.email,
  isAdmin: user.isAdmin,
  isSuperAdmin: user.isSuperAdmin,
});
