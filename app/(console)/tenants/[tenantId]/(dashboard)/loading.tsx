import { PageSkeleton } from "@/components/ui/skeleton";

// In a route group so that only the dashboard streams behind it, not the member, group or audit pages below, whose 404s must be decided before anything is sent.
export default function Loading() {
  return <PageSkeleton shape="dashboard" />;
}
