/**
 * Development accounts. DEVELOPMENT ONLY: the password is public (it is in this file and the
 * README), so a database seeded with these accounts must never be exposed. The seed only runs
 * on an empty database; a production deployment creates its first admin another way.
 */
export const DEV_PASSWORD = "open-event-dev";

export interface DevUserSeed {
  key: "admin" | "organizer" | "speaker";
  email: string;
  firstName: string;
  lastName: string;
  isAdmin: boolean;
  isSuperAdmin: boolean;
  details: string;
}

export const DEV_USERS: DevUserSeed[] = [
  {
    key: "admin",
    email: "admin@example.com",
    firstName: "Ada",
    lastName: "Admin",
    isAdmin: true,
    isSuperAdmin: true,
    details: "Platform administrator of this development installation.",
  },
  {
    key: "organizer",
    email: "organizer@example.com",
    firstName: "Olivia",
    lastName: "Organizer",
    isAdmin: false,
    isSuperAdmin: false,
    details: "Organizes the Open Tech Summit demo event.",
  },
  {
    // Linked to a speaker profile of the demo event (see demo-event.ts), nothing more.
    key: "speaker",
    email: "speaker@example.com",
    firstName: "Priya",
    lastName: "Raman",
    isAdmin: false,
    isSuperAdmin: false,
    details: "Data engineer and speaker at the Open Tech Summit demo event.",
  },
];
