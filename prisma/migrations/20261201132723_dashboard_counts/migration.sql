-- CreateTable
CREATE TABLE "TenantCount" (
    "tenantId" UUID NOT NULL,
    "dim" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "n" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "TenantCount_pkey" PRIMARY KEY ("tenantId","dim","key")
);

-- CreateTable
CREATE TABLE "ActivityCount" (
    "tenantId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "start" DATE NOT NULL,
    "members" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActivityCount_pkey" PRIMARY KEY ("tenantId","period","start")
);

-- CreateIndex
CREATE INDEX "Member_tenantId_createdAt_id_idx" ON "Member"("tenantId", "createdAt", "id");

-- The dashboard's counts are kept exact by the writes themselves: after each
-- statement on "Member" or "Device", what it inserted is added and what it
-- removed is subtracted, grouped into one upsert per counter. The upsert is
-- ordered by key, so concurrent statements lock counters in the same order.
CREATE FUNCTION custodian_member_keys(status text, "groupId" uuid, "createdAt" timestamptz)
RETURNS TABLE (dim text, key text) LANGUAGE sql IMMUTABLE AS $$
  VALUES ('member.status', status),
         ('member.group', "groupId"::text),
         ('member.joined', to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD'))
$$;

CREATE FUNCTION custodian_count_members() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "TenantCount" ("tenantId", dim, key, n)
    SELECT r."tenantId", k.dim, k.key, count(*)
      FROM new_rows r, custodian_member_keys(r.status::text, r."groupId", r."createdAt") k
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", dim, key) DO UPDATE SET n = "TenantCount".n + EXCLUDED.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "TenantCount" ("tenantId", dim, key, n)
    SELECT r."tenantId", k.dim, k.key, -count(*)
      FROM old_rows r, custodian_member_keys(r.status::text, r."groupId", r."createdAt") k
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", dim, key) DO UPDATE SET n = "TenantCount".n + EXCLUDED.n;
  ELSE
    INSERT INTO "TenantCount" ("tenantId", dim, key, n)
    SELECT "tenantId", dim, key, sum(d) FROM (
      SELECT r."tenantId", k.dim, k.key, 1 AS d
        FROM new_rows r, custodian_member_keys(r.status::text, r."groupId", r."createdAt") k
      UNION ALL
      SELECT r."tenantId", k.dim, k.key, -1
        FROM old_rows r, custodian_member_keys(r.status::text, r."groupId", r."createdAt") k
    ) delta GROUP BY 1, 2, 3 HAVING sum(d) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", dim, key) DO UPDATE SET n = "TenantCount".n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Member_counts_insert" AFTER INSERT ON "Member"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION custodian_count_members();
CREATE TRIGGER "Member_counts_update" AFTER UPDATE ON "Member"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION custodian_count_members();
CREATE TRIGGER "Member_counts_delete" AFTER DELETE ON "Member"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION custodian_count_members();

-- Active devices only: a reset device leaves the platform and version counts.
CREATE FUNCTION custodian_device_keys(status text, platform text, "appVersion" text)
RETURNS TABLE (dim text, key text) LANGUAGE sql IMMUTABLE AS $$
  SELECT * FROM (VALUES ('device.platform', platform), ('device.version', "appVersion")) v WHERE status = 'active'
$$;

CREATE FUNCTION custodian_count_devices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "TenantCount" ("tenantId", dim, key, n)
    SELECT r."tenantId", k.dim, k.key, count(*)
      FROM new_rows r, custodian_device_keys(r.status::text, r.platform::text, r."appVersion") k
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", dim, key) DO UPDATE SET n = "TenantCount".n + EXCLUDED.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "TenantCount" ("tenantId", dim, key, n)
    SELECT r."tenantId", k.dim, k.key, -count(*)
      FROM old_rows r, custodian_device_keys(r.status::text, r.platform::text, r."appVersion") k
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", dim, key) DO UPDATE SET n = "TenantCount".n + EXCLUDED.n;
  ELSE
    INSERT INTO "TenantCount" ("tenantId", dim, key, n)
    SELECT "tenantId", dim, key, sum(d) FROM (
      SELECT r."tenantId", k.dim, k.key, 1 AS d
        FROM new_rows r, custodian_device_keys(r.status::text, r.platform::text, r."appVersion") k
      UNION ALL
      SELECT r."tenantId", k.dim, k.key, -1
        FROM old_rows r, custodian_device_keys(r.status::text, r.platform::text, r."appVersion") k
    ) delta GROUP BY 1, 2, 3 HAVING sum(d) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT ("tenantId", dim, key) DO UPDATE SET n = "TenantCount".n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Device_counts_insert" AFTER INSERT ON "Device"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION custodian_count_devices();
CREATE TRIGGER "Device_counts_update" AFTER UPDATE ON "Device"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION custodian_count_devices();
CREATE TRIGGER "Device_counts_delete" AFTER DELETE ON "Device"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION custodian_count_devices();

-- What is already there.
INSERT INTO "TenantCount" ("tenantId", dim, key, n)
SELECT m."tenantId", k.dim, k.key, count(*)
  FROM "Member" m, custodian_member_keys(m.status::text, m."groupId", m."createdAt") k GROUP BY 1, 2, 3;
INSERT INTO "TenantCount" ("tenantId", dim, key, n)
SELECT d."tenantId", k.dim, k.key, count(*)
  FROM "Device" d, custodian_device_keys(d.status::text, d.platform::text, d."appVersion") k GROUP BY 1, 2, 3;
