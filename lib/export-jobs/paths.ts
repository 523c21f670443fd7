/** Where an event's export files live in the file store. */
export const exportFileKey = (eventId: number, fileName: string) => `exports/${eventId}/${fileName}`;

/** The API path of an export file (with a token; download-link.ts signs it for use without one). */
export const exportDownloadUrl = (eventId: number, fileName: string) => `/v1/events/${eventId}/exports/${fileName}`;
