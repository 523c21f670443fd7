-- Event roles are reference data that every deployment needs (Open Event's `roles` table).
INSERT INTO "Role" ("name", "titleName") VALUES
  ('owner', 'Owner'),
  ('organizer', 'Organizer'),
  ('coorganizer', 'Co-organizer'),
  ('track_organizer', 'Track Organizer'),
  ('moderator', 'Moderator'),
  ('registrar', 'Registrar'),
  ('attendee', 'Attendee')
ON CONFLICT ("name") DO NOTHING;
