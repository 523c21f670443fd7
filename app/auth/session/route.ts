/**
 * Open Event's frontend signs in at `{apiHost}/auth/session`, outside `/v1`; Open Event Server
 * serves it with the view of `POST /v1/auth/login`, and so does this app.
 */
export { POST } from "@/app/v1/auth/login/route";
