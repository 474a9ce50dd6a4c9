ALTER TABLE `users` ADD `last_seen_at` integer;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `invite_code` text;--> statement-breakpoint
CREATE UNIQUE INDEX `workspaces_inviteCode_unique` ON `workspaces` (`invite_code`);