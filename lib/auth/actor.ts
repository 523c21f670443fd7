/**
 * Who is making a request. Services take an Actor and decide what it may see and do;
 * `null` is an anonymous caller.
 */
export interface User {
  id: number;
  email: string;
  isAdmin: boolean;
  isSuperAdmin: boolean;
}

export type Actor = User | null;

export const isAdmin = (actor: Actor): boolean => Boolean(actor && (actor.isAdmin || actor.isSuperAdmin));
