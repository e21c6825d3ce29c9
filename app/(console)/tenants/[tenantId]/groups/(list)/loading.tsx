import { PageSkeleton } from "@/components/ui/skeleton";

// In a route group: the list streams behind it; a group's editor (a 404 when missing) does not.
export default function Loading() {
  return <PageSkeleton shape="table" />;
}
