CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'users.status' NOT NULL,
	`kind` text,
	`n` integer DEFAULT 0,
	CONSTRAINT "users_status_ck" CHECK("users"."status" IN ('users.status', '"users"."status"', 'it''s', 'a"b', '')),
	CONSTRAINT "users_kind_ck" CHECK("users"."kind" IS NULL OR length("users"."kind") > 0 AND "users"."kind" <> 'users.kind'),
	CONSTRAINT "users_n_ck" CHECK("users"."n" >= 0 AND "users"."n" < 100)
);
--> statement-breakpoint
CREATE TABLE `other` (
	`id` integer PRIMARY KEY NOT NULL,
	`users` text,
	`status` text,
	CONSTRAINT "other_ck" CHECK("other"."users" <> 'users' AND coalesce("other"."status", '') <> 'users.status')
);
