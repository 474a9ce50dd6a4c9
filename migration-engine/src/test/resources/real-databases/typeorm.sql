-- TypeORM's SQLite DDL in its output's style (CHECK enums, DEFAULT (datetime('now')), a temporary_ rebuild) with its migrations
-- and typeorm_metadata tables.
CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "firstName" varchar NOT NULL, "email" varchar(320) NOT NULL, "role" varchar CHECK( "role" IN ('admin','editor','ghost') ) NOT NULL DEFAULT ('ghost'), "isActive" boolean NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "version" integer NOT NULL, CONSTRAINT "UQ_e12875dfb3b1d92d7d7c5377e22" UNIQUE ("email"));
CREATE TABLE "photo" ("id" varchar PRIMARY KEY NOT NULL, "url" varchar NOT NULL, "userId" integer, "meta" text NOT NULL DEFAULT ('{}'), CONSTRAINT "FK_4494006ff358f754d07df5ccc87" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION);
CREATE INDEX "IDX_4494006ff358f754d07df5ccc8" ON "photo" ("userId") ;
CREATE TABLE "question_categories_category" ("questionId" integer NOT NULL, "categoryId" integer NOT NULL, CONSTRAINT "FK_question" FOREIGN KEY ("questionId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("questionId", "categoryId"));
CREATE TABLE "temporary_photo" ("id" varchar PRIMARY KEY NOT NULL, "url" varchar NOT NULL, "userId" integer, "meta" text NOT NULL DEFAULT ('{}'), "views" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_4494006ff358f754d07df5ccc87" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION);
INSERT INTO "temporary_photo"("id", "url", "userId", "meta") SELECT "id", "url", "userId", "meta" FROM "photo";
DROP TABLE "photo";
ALTER TABLE "temporary_photo" RENAME TO "photo";
CREATE INDEX "IDX_4494006ff358f754d07df5ccc8" ON "photo" ("userId") ;
CREATE TABLE "migrations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "timestamp" bigint NOT NULL, "name" varchar NOT NULL);
CREATE TABLE "typeorm_metadata" ("type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text);
