-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "hasOwnerInfo" BOOLEAN NOT NULL DEFAULT false;

-- Events that already name their organizer keep showing it.
UPDATE "Event" SET "hasOwnerInfo" = true WHERE "ownerName" IS NOT NULL OR "ownerDescription" IS NOT NULL;
