-- A database made by hand over the years: keywords and quotes as names, comments in the CREATE, a composite key and foreign
-- key with ON UPDATE actions, STRICT / WITHOUT ROWID, generated columns, partial and expression indexes, views over views,
-- triggers, ON CONFLICT clauses, and two CHECKs sharing a name (SQLite allows it).
CREATE TABLE "select" (
  "from" INTEGER PRIMARY KEY, -- the key, a keyword
  "a""b" TEXT /* , fake TEXT */ NOT NULL DEFAULT '',
  "with space" TEXT COLLATE RTRIM,
  note TEXT CHECK (note <> ')' AND note NOT LIKE '%--%'),
  "order" DOUBLE PRECISION DEFAULT -0.5,
  nat NATIVE CHARACTER(70),
  vc VARCHAR(10, 5),
  ts TIMESTAMP WITH TIME ZONE DEFAULT (datetime('now', 'localtime')),
  ubi UNSIGNED BIG INT DEFAULT 0x10
);
CREATE TABLE parent (
  a INTEGER NOT NULL,
  b TEXT NOT NULL COLLATE NOCASE,
  label TEXT,
  CONSTRAINT parent_pk PRIMARY KEY (a, b)
);
CREATE TABLE child (
  id INTEGER CONSTRAINT child_pk PRIMARY KEY ASC,
  pa INTEGER,
  pb TEXT,
  sel INTEGER REFERENCES "select"("from") ON UPDATE SET DEFAULT ON DELETE SET NULL DEFAULT 7,
  FOREIGN KEY (pa, pb) REFERENCES parent (a, b) ON UPDATE CASCADE ON DELETE RESTRICT DEFERRABLE INITIALLY IMMEDIATE,
  CONSTRAINT child_uq UNIQUE (pa, pb) ON CONFLICT IGNORE
);
CREATE TABLE metrics (
  day TEXT NOT NULL,
  host TEXT NOT NULL,
  hits INTEGER NOT NULL DEFAULT 0,
  ratio REAL GENERATED ALWAYS AS (hits * 1.0 / 100) STORED NOT NULL,
  label TEXT AS (host || ':' || day),
  PRIMARY KEY (day, host)
) WITHOUT ROWID, STRICT;
CREATE INDEX metrics_busy ON metrics (hits) WHERE hits > 1000;
CREATE UNIQUE INDEX metrics_lower_host ON metrics (lower(host), day);
CREATE INDEX "idx.with.dots" ON child (sel);
CREATE VIEW child_view AS SELECT c.id, p.label FROM child c JOIN parent p ON p.a = c.pa AND p.b = c.pb;
CREATE VIEW view_of_view AS SELECT * FROM child_view WHERE id > 0;
CREATE TRIGGER child_view_ins INSTEAD OF INSERT ON child_view BEGIN INSERT INTO child (id) VALUES (new.id); END;
CREATE TRIGGER select_audit AFTER UPDATE OF note ON "select" WHEN old.note IS NOT new.note BEGIN UPDATE "select" SET ts = datetime('now') WHERE "from" = new."from"; END;
INSERT INTO "select" ("from", note) VALUES (1, 'x');
INSERT INTO parent VALUES (1, 'A', 'one');
INSERT INTO child VALUES (1, 1, 'a', 1);
CREATE TABLE stock (id INTEGER PRIMARY KEY, n INTEGER, CONSTRAINT n_range CHECK (n >= 0), CONSTRAINT n_range CHECK (n < 1000), CHECK (n <> 13));
