import { deriveImagesJob } from "@/lib/images/job";
import { deriveImagesEvent } from "../events";
import { jobFunction } from "../job-function";

/** `image/derive.requested` on Inngest: the same handler the embedded runner runs. */
export const deriveImages = jobFunction(deriveImagesJob, deriveImagesEvent);
