import { PageSkeleton } from "@/components/ui/skeleton";

// The section's permission is checked by the network's layout before this streams.
export default function Loading() {
  return <PageSkeleton shape="table" />;
}
