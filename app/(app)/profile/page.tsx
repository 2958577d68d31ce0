import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CardHeading } from "@/components/shell/card-heading";
import { ChangePasswordForm } from "@/components/profile/change-password-form";
import { ProfileNameForm } from "@/components/profile/profile-name-form";
import { TrainingHistory } from "@/components/training/training-history";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader title="Profile" description={`${user.email} · ${ROLE_LABELS[user.role]} at ${user.orgName}`} />
      <div className="grid max-w-2xl gap-6">
        <Card>
          <CardHeader>
            <CardHeading>Your name</CardHeading>
            <CardDescription>How you appear to the people you work with.</CardDescription>
          </CardHeader>
          <CardContent>
            <ProfileNameForm name={user.name} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardHeading>Password</CardHeading>
            <CardDescription>Changing it signs you out everywhere, including here.</CardDescription>
          </CardHeader>
          <CardContent>
            <ChangePasswordForm />
          </CardContent>
        </Card>
      </div>
      <Card className="mt-6">
        <CardHeader>
          <CardHeading>Your training record</CardHeading>
          <CardDescription>Your assignments and the results from your organisation&apos;s LMS. Your lead and directors see it too.</CardDescription>
        </CardHeader>
        <CardContent>
          <TrainingHistory />
        </CardContent>
      </Card>
    </>
  );
}
