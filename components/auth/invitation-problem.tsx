import { Link } from "@/components/ui/link";
import { CircleAlert } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { AuthCard } from "./auth-card";

type InvitationProblemProps = { title: string; message: string };

/** Why an invitation link cannot be used, with a way on. */
export function InvitationProblem({ title, message }: InvitationProblemProps) {
  return (
    <AuthCard
      title="Join an organisation"
      footer={
        <p>
          Already have an account?{" "}
          <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
            Sign in
          </Link>
        </p>
      }
    >
      <Alert variant="destructive">
        <CircleAlert aria-hidden="true" />
        <AlertTitle>{title}</AlertTitle>
        <AlertDescription>
          <p>{message}</p>
        </AlertDescription>
      </Alert>
    </AuthCard>
  );
}
