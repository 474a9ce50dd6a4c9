ALTER TABLE `posts` RENAME TO `drafts`;--> statement-breakpoint
ALTER TABLE `drafts_old` RENAME TO `posts`;