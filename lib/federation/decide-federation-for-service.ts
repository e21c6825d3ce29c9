import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { type Decision, type Side, decideFederation, decideGuest } from "./decide-federation";
import { type FederationSnapshot, federationSnapshot } from "./federation-snapshot";
import { readDecisionState } from "./read-decision-state";

const targetSchema = z
  .object({
    tenantId: z.uuid({ message: "expected a network id (UUID)" }).optional(),
    slug: z.string().trim().min(1).max(63, "at most 63 characters").optional(),
    network: z.string().trim().toLowerCase().min(1).max(253, "at most 253 characters").optional(),
    // A guest (their id on the messaging service): allowed per group, until blocked or lapsed.
    guestId: z.string().trim().min(1).max(200, "at most 200 characters").optional(),
    // A member of the target network, so that their group's narrowing counts too.
    memberId: z.uuid({ message: "expected a member id" }).optional(),
  })
  .refine((t) => [t.tenantId, t.slug, t.network, t.guestId].filter(Boolean).length === 1, {
    message: "name the other side once: tenantId, slug (a network here), network (an external one) or guestId",
  });

const decisionSchema = z.object({
  // Who asks: a member (their group narrows), a group, or neither (the network as a whole).
  memberId: z.uuid({ message: "expected a member id" }).optional(),
  groupId: z.uuid({ message: "expected a group id" }).optional(),
  target: targetSchema,
});

export const decideSchema = tenantInput.extend({
  decisions: z
    .array(decisionSchema, { message: "expected a list of decisions" })
    .min(1, "ask for at least one decision")
    .max(1000, "at most 1,000 decisions at a time"),
});

export type DecideAnswer = (Decision & { version: string }) | { error: { field: string; message: string } };

const sideOf = (snap: FederationSnapshot, groupId: string | null, entryFor: string | null, external = false): Side => ({
  tenantId: snap.tenantId,
  key: snap.key,
  suspended: snap.suspended,
  mode: snap.mode,
  group: groupId ? (snap.groups.get(groupId) ?? null) : null,
  entry: entryFor ? ((external ? snap.byExternalKey : snap.byTenant).get(entryFor) ?? null) : null,
});

/**
 * For the messaging service: may these two sides talk? One answer per question,
 * each allow or deny with its reason and the federation versions it was decided
 * at. Inputs are cached per network and per process, but every call first reads
 * the current versions (one query), so a change shows in the very next answer.
 */
export const decideFederationForService = defineOperation({
  name: "federation.decide",
  kind: "read",
  permission: "service.federation.decide",
  schema: decideSchema,
  example: (ids) => ({
    tenantId: ids.tenantId,
    decisions: [{ target: { slug: ids.otherSlug } }],
  }),
  api: { none: NO_DOOR.SERVICE },
  ui: { none: NO_DOOR.SERVICE },
  tenantOf: byTenant,
  async run({ input }): Promise<DecideAnswer[]> {
    const tenantIds = new Set([input.tenantId]);
    const slugs = new Set<string>();
    const memberIds = new Set<string>();
    const guestIds = new Set<string>();
    for (const d of input.decisions) {
      if (d.target.tenantId) tenantIds.add(d.target.tenantId);
      if (d.target.slug) slugs.add(d.target.slug);
      if (d.memberId) memberIds.add(d.memberId);
      if (d.target.memberId) memberIds.add(d.target.memberId);
      if (d.target.guestId) guestIds.add(d.target.guestId);
    }
    // The one query every decision costs: current versions, the members' groups, the guests.
    const { tenants, members, guests } = await readDecisionState({
      sourceTenantId: input.tenantId,
      tenantIds: [...tenantIds],
      slugs: [...slugs],
      memberIds: [...memberIds],
      guestIds: [...guestIds],
    });
    const bySlug = new Map([...tenants].map(([id, t]) => [t.slug, id]));
    const snapshot = async (id: string) => federationSnapshot(id, tenants.get(id)!.version);

    const source = await snapshot(input.tenantId);
    if (!source) throw new OperationError("not_found", "The network was not found.");
    const out: DecideAnswer[] = [];
    for (const [i, d] of input.decisions.entries()) {
      const fail = (field: string, message: string) =>
        out.push({ error: { field: `decisions.${i}.${field}`, message } });
      let groupId = d.groupId ?? null;
      if (d.memberId) {
        const m = members.get(d.memberId);
        if (!m || m.tenantId !== input.tenantId) {
          fail("memberId", "no such member in this network");
          continue;
        }
        groupId = m.groupId;
      } else if (groupId && !source.groups.has(groupId)) {
        fail("groupId", "no such group in this network");
        continue;
      }
      if (d.target.guestId) {
        if (!groupId) {
          fail("memberId", "name the member (or group) asking: guests are allowed per group");
          continue;
        }
        const group = source.groups.get(groupId);
        const decision = decideGuest(
          { ...sideOf(source, null, null), guests: group?.guests ?? false },
          guests.get(`${input.tenantId}:${d.target.guestId}`) ?? null,
          source.guestLapseDays,
        );
        out.push({ ...decision, version: `${source.version}` });
        continue;
      }
      if (d.target.network) {
        const decision = decideFederation(sideOf(source, groupId, d.target.network, true), {
          external: true,
          key: d.target.network,
        });
        out.push({ ...decision, version: `${source.version}` });
        continue;
      }
      const targetId = d.target.tenantId ?? bySlug.get(d.target.slug!);
      if (!targetId || !tenants.has(targetId)) {
        fail(d.target.tenantId ? "target.tenantId" : "target.slug", "no such network in this deployment");
        continue;
      }
      const target = await snapshot(targetId);
      if (!target) {
        fail("target", "no such network in this deployment");
        continue;
      }
      let targetGroup: string | null = null;
      if (d.target.memberId) {
        const m = members.get(d.target.memberId);
        if (!m || m.tenantId !== targetId) {
          fail("target.memberId", "no such member in the target network");
          continue;
        }
        targetGroup = m.groupId;
      }
      const decision = decideFederation(sideOf(source, groupId, targetId), sideOf(target, targetGroup, input.tenantId));
      out.push({ ...decision, version: `${source.version}.${target.version}` });
    }
    return out;
  },
});
