import type { Metadata } from "next";
import { ImageSizesSettings } from "@/components/image-sizes/image-sizes-settings";
import { PageHeader } from "@/components/ui/page-header";
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
      <PageHeader
        title="Image sizes"
        description="Uploaded event images and speaker photos are stored in these sizes. With the aspect ratio maintained, an image is scaled to the width and its height follows the original; otherwise it is cut to width × height. Changes apply to images uploaded from now on."
      />
      <ImageSizesSettings settings={settings} />
    </div>
  );
}
