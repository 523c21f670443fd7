import { exportRoute } from "../export-route";

// GET as in Open Event; POST too, so that clients (and the dashboard) can start every export the same way.
export const GET = exportRoute("xcal");
export const POST = GET;
