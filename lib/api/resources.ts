import { customFormOptionResource, customFormResource, speakersCallResource } from "../custom-forms/resource";
import { eventResource } from "../events/resource";
import { eventImageSizeResource, speakerImageSizeResource } from "../image-sizes/resource";
import { importJobResource, taskResource } from "../import/resource";
import { registerCatalogue, registerResources } from "../jsonapi/registry";
import { mailResource } from "../mail/resource";
import { messageSettingResource } from "../message-settings/resource";
import { microlocationResource } from "../microlocations/resource";
import { notificationResource } from "../notifications/resource";
import { oesCatalogue } from "../oes/catalogue";
import { pageResource } from "../pages/resource";
import { roleInviteResource } from "../role-invites/resource";
import { roleResource, usersEventsRolesResource } from "../roles/resource";
import { sessionTypeResource } from "../session-types/resource";
import { sessionResource } from "../sessions/resource";
import { settingResource } from "../settings/resource";
import { socialLinkResource } from "../social-links/resource";
import { speakerResource } from "../speakers/resource";
import {
  adminEventStatisticsResource,
  adminGroupStatisticsResource,
  adminMailStatisticsResource,
  adminSessionStatisticsResource,
  adminUserStatisticsResource,
  eventGeneralStatisticsResource,
} from "../stats/resource";
import { sponsorResource } from "../sponsors/resource";
import { eventSubTopicResource, eventTopicResource, eventTypeResource } from "../taxonomy/resource";
import { ticketResource } from "../tickets/resource";
import { trackResource } from "../tracks/resource";
import { userResource } from "../users/resource";

/**
 * Every JSON:API resource of the app, the one list handed to the registry of lib/jsonapi (as
 * inngest/jobs.ts is the one list of jobs). Importing this module registers them, so every entry
 * point imports it before it serves anything: `apiRoute` (lib/api/route.ts) for each /v1 route,
 * the root layout for pages, each server-action module, inngest/jobs.ts for background work, the
 * vitest setup and the scripts that call services. A new resource is added here and nowhere else.
 */
export const resources = [
  eventResource,
  eventTopicResource,
  eventSubTopicResource,
  eventTypeResource,
  microlocationResource,
  trackResource,
  sessionTypeResource,
  sponsorResource,
  socialLinkResource,
  ticketResource,
  sessionResource,
  speakerResource,
  customFormResource,
  customFormOptionResource,
  speakersCallResource,
  userResource,
  settingResource,
  pageResource,
  roleResource,
  usersEventsRolesResource,
  roleInviteResource,
  notificationResource,
  importJobResource,
  taskResource,
  messageSettingResource,
  mailResource,
  eventImageSizeResource,
  speakerImageSizeResource,
  adminEventStatisticsResource,
  adminSessionStatisticsResource,
  adminUserStatisticsResource,
  adminMailStatisticsResource,
  adminGroupStatisticsResource,
  eventGeneralStatisticsResource,
] as const;

registerResources(resources);
// Open Event clients send every member of their models: those we do not model are ignored on write.
registerCatalogue(oesCatalogue);
