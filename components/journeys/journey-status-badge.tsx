import { Badge } from "@/components/ui/badge";
import { STATUS_LABELS, type JourneyStatus } from "./labels";

const VARIANT = { draft: "outline", active: "success", archived: "secondary" } as const;

export function JourneyStatusBadge({ status }: { status: JourneyStatus }) {
  return <Badge variant={VARIANT[status]}>{STATUS_LABELS[status]}</Badge>;
}
