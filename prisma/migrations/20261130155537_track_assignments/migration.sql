-- Track organizers name their tracks: one row per (role row, track). Existing track organizers
-- get no tracks here (nobody recorded which ones they organize), so until an organizer assigns
-- tracks on the team page or through /v1/users-events-roles they see what the public sees.

-- CreateTable
CREATE TABLE "TrackAssignment" (
    "usersEventsRoleId" INTEGER NOT NULL,
    "trackId" INTEGER NOT NULL,
    "eventId" INTEGER NOT NULL,

    CONSTRAINT "TrackAssignment_pkey" PRIMARY KEY ("usersEventsRoleId","trackId")
);

-- CreateIndex
CREATE INDEX "TrackAssignment_trackId_eventId_idx" ON "TrackAssignment"("trackId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Track_id_eventId_key" ON "Track"("id", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "UsersEventsRoles_id_eventId_key" ON "UsersEventsRoles"("id", "eventId");

-- AddForeignKey
ALTER TABLE "TrackAssignment" ADD CONSTRAINT "TrackAssignment_usersEventsRoleId_eventId_fkey" FOREIGN KEY ("usersEventsRoleId", "eventId") REFERENCES "UsersEventsRoles"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackAssignment" ADD CONSTRAINT "TrackAssignment_trackId_eventId_fkey" FOREIGN KEY ("trackId", "eventId") REFERENCES "Track"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;

