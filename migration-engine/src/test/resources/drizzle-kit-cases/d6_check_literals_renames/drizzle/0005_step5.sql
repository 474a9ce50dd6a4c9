PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_other` (
	`id` integer PRIMARY KEY NOT NULL,
	`members` text,
	`status` text,
	CONSTRAINT "other_ck" CHECK("__new_other"."members" <> 'users' AND coalesce("__new_other"."status", '') <> 'members.state')
);
--> statement-breakpoint
INSERT INTO `__new_other`("id", "members", "status") SELECT "id", "members", "status" FROM `other`;--> statement-breakpoint
DROP TABLE `other`;--> statement-breakpoint
ALTER TABLE `__new_other` RENAME TO `other`;--> statement-breakpoint
PRAGMA foreign_keys=ON;