import { PageSkeleton } from "@/components/ui/skeleton";

// In a route group: the directory streams behind it; a member's own page (a 404 when missing) does not.
export default function Loading() {
  return <PageSkeleton shape="table" />;
}
