import { PageSkeleton } from "@/components/ui/skeleton";

// In a route group: the log streams behind it; an event's page (a 404 when missing) does not.
export default function Loading() {
  return <PageSkeleton shape="table" />;
}
