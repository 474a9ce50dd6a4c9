PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `spans` RENAME COLUMN "low" TO "lo";--> statement-breakpoint
CREATE TABLE `__new_spans` (
	`id` integer PRIMARY KEY NOT NULL,
	`lo` integer,
	`src` text DEFAULT 'ranges',
	`width` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "width_pos" CHECK("width" >= 0 AND ("lo" IS NULL OR "lo" > -100)),
	CONSTRAINT "src_known" CHECK("src" IN ('ranges', 'spans', 'lo', 'hi'))
);
--> statement-breakpoint
INSERT INTO `__new_spans`(`id`,`lo`,`src`) SELECT `id`, `lo`, `src` FROM `spans`;--> statement-breakpoint
DROP TABLE `spans`;--> statement-breakpoint
ALTER TABLE `__new_spans` RENAME TO `spans`;--> statement-breakpoint
PRAGMA foreign_keys=ON;