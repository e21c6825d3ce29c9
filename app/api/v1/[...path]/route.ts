import { dispatchApi } from "@/lib/api/dispatch-api";

// /api/v1/** - every admin API route listed in lib/api/api-routes.ts, through the same operations as the UI
export const GET = dispatchApi;
export const POST = dispatchApi;
export const PUT = dispatchApi;
export const PATCH = dispatchApi;
export const DELETE = dispatchApi;
