-- Migration number: 0002 	 2026-11-30T12:00:00.000Z
-- written by `wrangler d1 migrations create DB seed_people`: no journal entry, no snapshot
INSERT INTO people (id, name, email) VALUES (1, 'Ada', 'ada@example.com');
INSERT INTO people (id, name, email) VALUES (2, 'Grace', 'grace@example.com');
