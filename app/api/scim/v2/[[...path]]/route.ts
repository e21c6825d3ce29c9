import { dispatchScim } from "@/lib/doors/scim-handler";

// /api/scim/v2/** - SCIM 2.0 for identity providers, every endpoint in lib/scim/scim-routes.ts
export const GET = dispatchScim;
export const POST = dispatchScim;
export const PUT = dispatchScim;
export const PATCH = dispatchScim;
export const DELETE = dispatchScim;
