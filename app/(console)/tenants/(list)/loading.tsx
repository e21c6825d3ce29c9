import { PageSkeleton } from "@/components/ui/skeleton";

// In a route group: the networks list streams behind it; a network's pages (404 to outsiders) do not.
export default function Loading() {
  return <PageSkeleton shape="table" />;
}
