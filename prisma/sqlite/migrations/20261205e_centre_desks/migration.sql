-- A service point is a health point or the desk of a C.A.S.A. centre, a service a health service or a centre topic.
ALTER TABLE "HealthPoint" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'health';
ALTER TABLE "HealthService" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'health';
