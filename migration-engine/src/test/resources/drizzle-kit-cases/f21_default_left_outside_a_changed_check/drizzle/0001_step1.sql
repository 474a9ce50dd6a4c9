PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_tickets` (
	`id` integer PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`priority` integer DEFAULT 3 NOT NULL,
	CONSTRAINT "tickets_status_ck" CHECK("__new_tickets"."status" IN ('open', 'done')),
	CONSTRAINT "tickets_priority_ck" CHECK("__new_tickets"."priority" <= 3)
);
--> statement-breakpoint
INSERT INTO `__new_tickets`("id", "status", "priority") SELECT "id", "status", "priority" FROM `tickets`;--> statement-breakpoint
DROP TABLE `tickets`;--> statement-breakpoint
ALTER TABLE `__new_tickets` RENAME TO `tickets`;--> statement-breakpoint
PRAGMA foreign_keys=ON;