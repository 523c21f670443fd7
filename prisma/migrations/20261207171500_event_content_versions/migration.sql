-- CreateTable
CREATE TABLE "EventContentVersion" (
    "eventId" INTEGER NOT NULL,
    "schedule" BIGINT NOT NULL DEFAULT 0,
    "page" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "EventContentVersion_pkey" PRIMARY KEY ("eventId")
);

-- Every statement that writes an event's schedule rows (sessions, speakers, their links, rooms,
-- tracks, session types) or the rest of its public pages (sponsors, social links, tickets, call
-- for speakers, form fields) raises the event's counter once, inside the writing transaction.
-- The public caches' stamp (lib/public/schedule-stamp.ts) reads one row instead of hashing the
-- thousands of rows of a big event on every request.
CREATE FUNCTION "raise_event_content_versions"(event_ids integer[], part text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "EventContentVersion" AS v ("eventId", "schedule", "page")
  SELECT e, (part = 'schedule')::int, (part = 'page')::int
  FROM (SELECT DISTINCT e FROM unnest(event_ids) AS e WHERE e IS NOT NULL) AS ids
  ORDER BY e
  ON CONFLICT ("eventId") DO UPDATE SET "schedule" = v."schedule" + EXCLUDED."schedule", "page" = v."page" + EXCLUDED."page";
$$;

-- For tables with an "eventId"; the trigger's argument names the counter.
CREATE FUNCTION "event_content_written"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "raise_event_content_versions"(ARRAY(SELECT DISTINCT "eventId" FROM new_rows), TG_ARGV[0]);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "raise_event_content_versions"(ARRAY(SELECT DISTINCT "eventId" FROM old_rows), TG_ARGV[0]);
  ELSE
    PERFORM "raise_event_content_versions"(ARRAY(SELECT "eventId" FROM new_rows UNION SELECT "eventId" FROM old_rows), TG_ARGV[0]);
  END IF;
  RETURN NULL;
END $$;

-- For the session-speaker links, whose event is their session's.
CREATE FUNCTION "session_speakers_written"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "raise_event_content_versions"(ARRAY(SELECT DISTINCT s."eventId" FROM new_rows r JOIN "Session" s ON s.id = r."sessionId"), 'schedule');
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "raise_event_content_versions"(ARRAY(SELECT DISTINCT s."eventId" FROM old_rows r JOIN "Session" s ON s.id = r."sessionId"), 'schedule');
  ELSE
    PERFORM "raise_event_content_versions"(ARRAY(
      SELECT s."eventId" FROM new_rows r JOIN "Session" s ON s.id = r."sessionId"
      UNION SELECT s."eventId" FROM old_rows r JOIN "Session" s ON s.id = r."sessionId"), 'schedule');
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  target record;
BEGIN
  FOR target IN
    SELECT * FROM (VALUES
      ('Session', 'schedule'), ('Speaker', 'schedule'), ('Microlocation', 'schedule'), ('Track', 'schedule'), ('SessionType', 'schedule'),
      ('Sponsor', 'page'), ('SocialLink', 'page'), ('Ticket', 'page'), ('SpeakersCall', 'page'), ('CustomForm', 'page')
    ) AS t (name, part)
  LOOP
    EXECUTE format('CREATE TRIGGER "%s_content_inserted" AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "event_content_written"(%L)', target.name, target.name, target.part);
    EXECUTE format('CREATE TRIGGER "%s_content_updated" AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "event_content_written"(%L)', target.name, target.name, target.part);
    EXECUTE format('CREATE TRIGGER "%s_content_deleted" AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "event_content_written"(%L)', target.name, target.name, target.part);
  END LOOP;
END $$;

CREATE TRIGGER "SessionSpeaker_content_inserted" AFTER INSERT ON "SessionSpeaker" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "session_speakers_written"();
CREATE TRIGGER "SessionSpeaker_content_updated" AFTER UPDATE ON "SessionSpeaker" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "session_speakers_written"();
CREATE TRIGGER "SessionSpeaker_content_deleted" AFTER DELETE ON "SessionSpeaker" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "session_speakers_written"();

-- Events that already have content start with a row.
INSERT INTO "EventContentVersion" ("eventId") SELECT id FROM "Event";
