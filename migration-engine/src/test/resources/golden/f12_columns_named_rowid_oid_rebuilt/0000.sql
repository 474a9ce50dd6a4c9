CREATE TABLE `blobs` (
	`rowid` text,
	`oid` integer,
	`_rowid_` text,
	`k` text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `refs` (
	`id` integer PRIMARY KEY NOT NULL,
	`blob_k` text,
	FOREIGN KEY (`blob_k`) REFERENCES `blobs`(`k`) ON UPDATE no action ON DELETE cascade
);
