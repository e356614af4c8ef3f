-- The discreet path's trail moves into the chat's sealed conversation state: no table says who is in the path.
DROP TABLE "DiscreetTrailRecord";

-- CreateIndex
CREATE INDEX "StateItem_updatedAt_idx" ON "StateItem"("updatedAt");
