import { rowSortingFeature, tableFeatures } from "@tanstack/react-table";

// Sorting, paging and filtering happen on the server; the table only needs the
// sorting feature to render sort state and turn header clicks into URL changes.
export const serverTableFeatures = tableFeatures({ rowSortingFeature });
export type ServerTableFeatures = typeof serverTableFeatures;
