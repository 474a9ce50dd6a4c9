PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_blobs` AS SELECT * FROM `blobs`;--> statement-breakpoint
CREATE TABLE `__old_refs` AS SELECT * FROM `refs`;--> statement-breakpoint
DELETE FROM `refs`;--> statement-breakpoint
DROP TABLE `blobs`;--> statement-breakpoint
CREATE TABLE `blobs` (
	`rowid` text,
	`oid` real,
	`_rowid_` text DEFAULT 'z' NOT NULL,
	`k` text PRIMARY KEY NOT NULL,
	`extra` integer DEFAULT 3
);
--> statement-breakpoint
INSERT INTO `blobs`(`rowid`,`oid`,`_rowid_`,`k`) SELECT `rowid`, `oid`, coalesce(`_rowid_`, 'z'), `k` FROM `__old_blobs`;--> statement-breakpoint
INSERT INTO `refs`(`id`,`blob_k`) SELECT `id`,`blob_k` FROM `__old_refs`;--> statement-breakpoint
DROP TABLE `__old_blobs`;--> statement-breakpoint
DROP TABLE `__old_refs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;