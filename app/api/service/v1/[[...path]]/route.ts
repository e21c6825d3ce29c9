import { dispatchService } from "@/lib/doors/dispatch-service";

// /api/service/v1/** - the messaging service's API, every route in lib/service/service-routes.ts
export const dynamic = "force-dynamic";
export const GET = dispatchService;
export const POST = dispatchService;
export const PUT = dispatchService;
export const PATCH = dispatchService;
export const DELETE = dispatchService;
