CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'users.status' NOT NULL,
	`kind` text,
	`n` integer DEFAULT 0,
	CONSTRAINT "users_status_ck" CHECK("status" IN ('users.status', '"users"."status"', 'it''s', 'a"b', '')),
	CONSTRAINT "users_kind_ck" CHECK("kind" IS NULL OR length("kind") > 0 AND "kind" <> 'users.kind'),
	CONSTRAINT "users_n_ck" CHECK("n" >= 0 AND "n" < 100)
);
--> statement-breakpoint
CREATE TABLE `other` (
	`id` integer PRIMARY KEY NOT NULL,
	`users` text,
	`status` text,
	CONSTRAINT "other_ck" CHECK("users" <> 'users' AND coalesce("status", '') <> 'users.status')
);
