ALTER TABLE `projects` RENAME COLUMN "org_id" TO "workspace_id";--> statement-breakpoint
ALTER TABLE `users` RENAME COLUMN "org_id" TO "workspace_id";