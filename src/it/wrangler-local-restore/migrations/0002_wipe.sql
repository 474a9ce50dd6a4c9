-- Migration number: 0002 	 2026-11-30T12:00:00.000Z
-- made by `wrangler d1 migrations create DB wipe`; meant for a test database, run on the wrong one
DELETE FROM people;
DROP INDEX people_email_unique;
