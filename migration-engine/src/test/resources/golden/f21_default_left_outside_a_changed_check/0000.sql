CREATE TABLE `tickets` (
	`id` integer PRIMARY KEY NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`priority` integer DEFAULT 5 NOT NULL,
	CONSTRAINT "tickets_status_ck" CHECK("status" IN ('new', 'open', 'done')),
	CONSTRAINT "tickets_priority_ck" CHECK("priority" <= 9)
);
