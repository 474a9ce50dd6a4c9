-- The schema ActiveRecord 6.1.7 (Debian's ruby-activerecord) left in SQLite after create_table, add_index, create_join_table,
-- with schema_migrations and ar_internal_metadata (read back from sqlite_master).
CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar NOT NULL, "name" varchar(80), "role" integer DEFAULT 0 NOT NULL, "admin" boolean DEFAULT 0, "balance" decimal(12,2) DEFAULT 0.0, "score" float, "born_on" date, "prefs" json, "avatar" blob, "bio" text, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
CREATE UNIQUE INDEX "index_users_on_email" ON "users" ("email");
CREATE INDEX "index_users_on_lower_name" ON "users" (lower(name));
CREATE TABLE "posts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "title" varchar, "state" varchar DEFAULT 'draft', "views" bigint DEFAULT 0, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL, CONSTRAINT "fk_rails_5b5ddfd518"
FOREIGN KEY ("user_id")
  REFERENCES "users" ("id")
 ON DELETE CASCADE);
CREATE INDEX "index_posts_on_user_id" ON "posts" ("user_id");
CREATE INDEX "index_posts_on_user_id_and_created_at" ON "posts" ("user_id", "created_at" DESC);
CREATE INDEX "idx_published_titles" ON "posts" ("title") WHERE state = 'published';
CREATE TABLE "tags" ("name" varchar NOT NULL, "code" varchar NOT NULL PRIMARY KEY);
CREATE TABLE "posts_tags" ("post_id" integer NOT NULL, "tag_id" integer NOT NULL);
CREATE INDEX "index_posts_tags_on_post_id_and_tag_id" ON "posts_tags" ("post_id", "tag_id");
CREATE TABLE "schema_migrations" ("version" varchar NOT NULL PRIMARY KEY);
CREATE TABLE "ar_internal_metadata" ("key" varchar NOT NULL PRIMARY KEY, "value" varchar, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
