import type { Setting } from "../generated/prisma/client";
import { defineResource, memberNames, updateWith, writable, type ResourceDef } from "../jsonapi/resource";
import { updateSettingsSchema } from "./schemas";
import { getSettingsById, updateSettings } from "./settings";

/** Members Open Event shows to signed-in users and admins only (SettingSchemaNonAdmin). */
const SIGNED_IN_ONLY = new Set(["android-app-url", "web-app-url"]);
let publicMembers: ReadonlySet<string> | undefined;

/**
 * `setting`: the platform's settings, one row served at /v1/settings and /v1/settings/1.
 * Everyone reads the public members (Open Event's frontend loads them before anything else,
 * anonymously); signed-in users also see the app links; admins change them.
 */
export const settingResource: ResourceDef<Setting> = defineResource<Setting>({
  type: "setting",
  path: "settings",
  model: "Setting",
  attributes: {
    appName: writable(),
    tagline: writable({ nullable: true }),
    supportUrl: writable({ nullable: true }),
    frontendUrl: writable({ nullable: true }),
    googleUrl: writable({ nullable: true }),
    githubUrl: writable({ nullable: true }),
    twitterUrl: writable({ nullable: true }),
    facebookUrl: writable({ nullable: true }),
    instagramUrl: writable({ nullable: true }),
    patreonUrl: writable({ nullable: true }),
    gitterUrl: writable({ nullable: true }),
    telegramUrl: writable({ nullable: true }),
    youtubeUrl: writable({ nullable: true }),
    weblateUrl: writable({ nullable: true }),
    rocketChatUrl: writable({ nullable: true }),
    cookiePolicy: writable({ nullable: true }),
    cookiePolicyLink: writable({ nullable: true }),
    androidAppUrl: writable({ nullable: true }),
    webAppUrl: writable({ nullable: true }),
  },
  visible: (actor): ReadonlySet<string> | undefined => {
    if (actor) return undefined;
    publicMembers ??= new Set(memberNames(settingResource).filter((name) => !SIGNED_IN_ONLY.has(name)));
    return publicMembers;
  },
  get: (_actor, id) => getSettingsById(id),
  update: updateWith(updateSettingsSchema, (actor, id, input, { expectedId }) => updateSettings(actor, input, { urlId: id, expectedId })),
});
