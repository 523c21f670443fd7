-- Custom forms as Open Event has them (min/max, options as rows), the call for speakers, the
-- public part of the answers, and the default session and speaker fields for every event.

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "publicFieldValues" JSONB;

-- AlterTable
ALTER TABLE "Speaker" ADD COLUMN     "publicFieldValues" JSONB;

-- AlterTable
ALTER TABLE "CustomForm" ADD COLUMN     "max" INTEGER,
ADD COLUMN     "min" INTEGER;

-- CreateTable
CREATE TABLE "CustomFormOption" (
    "id" SERIAL NOT NULL,
    "customFormId" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomFormOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpeakersCall" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "announcement" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "softEndsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3) NOT NULL,
    "privacy" "EventPrivacy" NOT NULL DEFAULT 'public',
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpeakersCall_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CustomFormOption_customFormId_position_idx" ON "CustomFormOption"("customFormId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CustomFormOption_customFormId_value_key" ON "CustomFormOption"("customFormId", "value");

-- CreateIndex
CREATE UNIQUE INDEX "SpeakersCall_eventId_key" ON "SpeakersCall"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "SpeakersCall_hash_key" ON "SpeakersCall"("hash");

-- AddForeignKey
ALTER TABLE "CustomFormOption" ADD CONSTRAINT "CustomFormOption_customFormId_fkey" FOREIGN KEY ("customFormId") REFERENCES "CustomForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpeakersCall" ADD CONSTRAINT "SpeakersCall_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Options move from the JSON column to rows: strings, or objects with a string "value".
INSERT INTO "CustomFormOption" ("customFormId", "value", "position")
SELECT f."id", btrim(o.value), (o.position - 1)::INTEGER
FROM "CustomForm" f
CROSS JOIN LATERAL (
    SELECT CASE jsonb_typeof(e.item) WHEN 'string' THEN e.item #>> '{}' ELSE e.item ->> 'value' END AS value, e.position
    FROM jsonb_array_elements(f."options") WITH ORDINALITY AS e(item, position)
) o
WHERE jsonb_typeof(f."options") = 'array' AND btrim(coalesce(o.value, '')) <> ''
ON CONFLICT ("customFormId", "value") DO NOTHING;

ALTER TABLE "CustomForm" DROP COLUMN "options";

-- The built-in fields (lib/custom-forms/fields.ts, in form order).
CREATE TEMPORARY TABLE "BuiltInField" ("form" "FormKind", "fieldIdentifier" TEXT, "name" TEXT, "type" TEXT, "isIncluded" BOOLEAN, "isRequired" BOOLEAN, "isPublic" BOOLEAN, "isFixed" BOOLEAN, "position" INTEGER);
INSERT INTO "BuiltInField" VALUES
  ('session', 'title', 'Title', 'text', true, true, true, true, 0),
  ('session', 'subtitle', 'Subtitle', 'text', false, false, true, false, 1),
  ('session', 'shortAbstract', 'Short Abstract', 'paragraph', true, false, true, false, 2),
  ('session', 'longAbstract', 'Long Abstract', 'paragraph', false, false, true, false, 3),
  ('session', 'comments', 'Comments', 'paragraph', true, false, false, false, 4),
  ('session', 'track', 'Track', 'select', false, false, true, false, 5),
  ('session', 'sessionType', 'Session Type', 'select', false, false, true, false, 6),
  ('session', 'level', 'Level', 'text', false, false, true, false, 7),
  ('session', 'language', 'Language', 'text', false, false, true, false, 8),
  ('session', 'slidesUrl', 'Slides', 'file', true, false, true, false, 9),
  ('session', 'videoUrl', 'Video', 'url', false, false, true, false, 10),
  ('session', 'audioUrl', 'Audio', 'url', false, false, true, false, 11),
  ('speaker', 'name', 'Name', 'text', true, true, true, true, 0),
  ('speaker', 'email', 'Email', 'email', true, true, false, true, 1),
  ('speaker', 'photoUrl', 'Photo', 'image', true, false, true, false, 2),
  ('speaker', 'organisation', 'Organisation', 'text', true, false, true, false, 3),
  ('speaker', 'position', 'Position', 'text', true, false, true, false, 4),
  ('speaker', 'country', 'Country', 'text', true, false, true, false, 5),
  ('speaker', 'shortBiography', 'Short Biography', 'paragraph', true, false, true, false, 6),
  ('speaker', 'longBiography', 'Long Biography', 'paragraph', false, false, true, false, 7),
  ('speaker', 'mobile', 'Mobile', 'text', false, false, false, false, 8),
  ('speaker', 'website', 'Website', 'url', true, false, true, false, 9),
  ('speaker', 'facebook', 'Facebook', 'url', false, false, true, false, 10),
  ('speaker', 'twitter', 'Twitter', 'url', true, false, true, false, 11),
  ('speaker', 'github', 'GitHub', 'url', false, false, true, false, 12),
  ('speaker', 'linkedin', 'LinkedIn', 'url', false, false, true, false, 13);

-- Imports of Open Event's legacy forms named four built-ins by their old names.
UPDATE "CustomForm" f SET "fieldIdentifier" = r."to"
FROM (VALUES ('session'::"FormKind", 'slides', 'slidesUrl'), ('session', 'video', 'videoUrl'), ('session', 'audio', 'audioUrl'), ('speaker', 'photo', 'photoUrl')) AS r("form", "from", "to")
WHERE f."form" = r."form" AND f."fieldIdentifier" = r."from"
  AND NOT EXISTS (SELECT 1 FROM "CustomForm" o WHERE o."eventId" = f."eventId" AND o."form" = r."form" AND o."fieldIdentifier" = r."to");

-- Every event gets the built-ins it lacks; the ones it has keep the organizers' settings.
INSERT INTO "CustomForm" ("eventId", "form", "fieldIdentifier", "name", "type", "isIncluded", "isRequired", "isPublic", "isFixed", "isComplex", "position")
SELECT e."id", b."form", b."fieldIdentifier", b."name", b."type", b."isIncluded", b."isRequired", b."isPublic", b."isFixed", false, b."position"
FROM "Event" e CROSS JOIN "BuiltInField" b
ON CONFLICT ("eventId", "form", "fieldIdentifier") DO NOTHING;

-- A built-in is a column: its type is the column's, fixed ones are always asked for.
UPDATE "CustomForm" f SET "isComplex" = false, "type" = b."type", "isFixed" = b."isFixed",
  "isIncluded" = f."isIncluded" OR b."isFixed", "isRequired" = f."isRequired" OR b."isFixed", "deletedAt" = NULL
FROM "BuiltInField" b WHERE f."form" = b."form" AND f."fieldIdentifier" = b."fieldIdentifier";

UPDATE "CustomForm" f SET "isComplex" = true, "isFixed" = false,
  "type" = CASE WHEN f."type" IN ('text', 'paragraph', 'richtextlink', 'email', 'url', 'number', 'year', 'select', 'checkbox', 'boolean', 'image', 'file') THEN f."type" ELSE 'text' END
WHERE NOT EXISTS (SELECT 1 FROM "BuiltInField" b WHERE b."form" = f."form" AND b."fieldIdentifier" = f."fieldIdentifier");

-- The public part of the answers: those of included, public custom fields.
UPDATE "Session" s SET "publicFieldValues" = (
  SELECT jsonb_object_agg(a.key, a.value) FROM jsonb_each(s."complexFieldValues") a
  JOIN "CustomForm" f ON f."eventId" = s."eventId" AND f."form" = 'session' AND f."fieldIdentifier" = a.key
    AND f."isComplex" AND f."isIncluded" AND f."isPublic" AND f."deletedAt" IS NULL)
WHERE jsonb_typeof(s."complexFieldValues") = 'object';

UPDATE "Speaker" s SET "publicFieldValues" = (
  SELECT jsonb_object_agg(a.key, a.value) FROM jsonb_each(s."complexFieldValues") a
  JOIN "CustomForm" f ON f."eventId" = s."eventId" AND f."form" = 'speaker' AND f."fieldIdentifier" = a.key
    AND f."isComplex" AND f."isIncluded" AND f."isPublic" AND f."deletedAt" IS NULL)
WHERE jsonb_typeof(s."complexFieldValues") = 'object';

DROP TABLE "BuiltInField";
