import { PageSkeleton } from "@/components/ui/skeleton";

// In a route group so that only the overview streams behind it: the platform and network pages beside it decide
// their 404s before anything is sent.
export default function Loading() {
  return <PageSkeleton shape="dashboard" />;
}
