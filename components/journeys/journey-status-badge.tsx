import { Badge } from "@/components/ui/badge";
import { JOURNEY_STATUS_LABELS, type JourneyStatus } from "@/lib/domain/journeys";

const VARIANT = { draft: "outline", active: "success", archived: "secondary" } as const;

export function JourneyStatusBadge({ status }: { status: JourneyStatus }) {
  return <Badge variant={VARIANT[status]}>{JOURNEY_STATUS_LABELS[status]}</Badge>;
}
