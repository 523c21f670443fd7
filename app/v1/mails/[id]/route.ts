import { readRoute } from "@/lib/api/routes";

/** `GET /v1/mails/{id}`: one mail of the log with its body (admins; others 404). */
export const { GET } = readRoute("mail");
