import { PageSkeleton } from "@/components/ui/skeleton";

// In a route group: the partner list streams behind it; a partner's page (a 404 when missing) does not.
export default function Loading() {
  return <PageSkeleton shape="table" />;
}
