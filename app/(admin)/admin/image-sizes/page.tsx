import type { Metadata } from "next";
import { ImageSizesSettings } from "@/components/image-sizes/image-sizes-settings";
import { requireSessionActor } from "@/lib/auth/session";
import { getImageSizesSettings } from "@/lib/image-sizes/get-image-sizes";

export const metadata: Metadata = { title: "Image sizes · Admin" };
// The sizes change through the API; a cached render would show old values after a save.
export const dynamic = "force-dynamic";

export default async function AdminImageSizesPage() {
  // The layout already admits admins only; the PATCH checks again.
  await requireSessionActor("/admin/image-sizes");
  const settings = await getImageSizesSettings();
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Image sizes</h1>
        <p className="mt-1 text-sm text-slate-600">
          Uploaded event images and speaker photos are stored in these sizes. With the aspect ratio maintained, an image is scaled to
          the width and its height follows the original; otherwise it is cut to width × height. Changes apply to images uploaded from
          now on.
        </p>
      </div>
      <ImageSizesSettings settings={settings} />
    </div>
  );
}
