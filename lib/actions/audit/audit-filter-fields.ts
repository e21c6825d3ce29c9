export const FILTER_FIELDS = ["actor", "action", "targetType", "targetId", "outcome", "q"] as const;
