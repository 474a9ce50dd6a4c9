CREATE TABLE `t50` (
	`code` text PRIMARY KEY NOT NULL,
	`key` integer,
	`c51` integer,
	`it's` integer,
	`c53` integer GENERATED ALWAYS AS ("code" IS NULL) STORED,
	CONSTRAINT "ck52" CHECK("key" IS NULL OR "key" IS NOT -1)
);
--> statement-breakpoint
ALTER TABLE `we"ird` ADD `c49` text GENERATED ALWAYS AS ("c3" || '-' || "Mixed Case") VIRTUAL;--> statement-breakpoint
ALTER TABLE `we"ird` ADD `c54` integer GENERATED ALWAYS AS (length("Mixed Case")) VIRTUAL;