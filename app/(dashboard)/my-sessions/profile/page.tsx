import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/dashboard/breadcrumb";
import { MyFormEditor } from "@/components/speaker/my-form-editor";
import { FormSection } from "@/components/ui/form-section";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { updateMySpeakerProfileAction } from "@/lib/my-sessions/actions";
import { getMySpeakerProfiles } from "@/lib/my-sessions/edit-my-proposal";

export const metadata: Metadata = { title: "My speaker profiles" };

/** The user's speaker profile at each event they speak at or proposed to, each with the event's speaker form. */
export default async function MySpeakerProfilesPage() {
  const actor = await requireSessionActor("/my-sessions/profile");
  const profiles = await getMySpeakerProfiles(actor);
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ label: "My sessions", href: "/my-sessions" }, { label: "Speaker profiles" }]} />
      <PageHeader title="My speaker profiles" description="What each event shows about you as a speaker. The organizers are told when you change it." />
      {profiles.length ? (
        profiles.map((profile) => (
          <FormSection key={profile.id} id={`profile-${profile.id}`} title={profile.event.name}>
            <MyFormEditor
              form="speaker"
              idPrefix={`profile-${profile.id}`}
              definition={profile.definition}
              defaultValues={profile.values}
              save={updateMySpeakerProfileAction.bind(null, String(profile.id))}
              back={{ href: "/my-sessions", label: "Back to my sessions" }}
              submitLabel="Save profile"
            />
          </FormSection>
        ))
      ) : (
        <p className="text-sm text-slate-600">
          You have no speaker profile yet: one is made when you{" "}
          <Link href="/" className="underline">
            propose a session
          </Link>{" "}
          to an event.
        </p>
      )}
    </div>
  );
}
