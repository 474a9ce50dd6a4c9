PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_user_roles` (
	`user_id` integer NOT NULL,
	`role_id` integer NOT NULL,
	`scope` text DEFAULT 'global' NOT NULL,
	`granted_at` integer,
	PRIMARY KEY(`user_id`, `role_id`, `scope`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_user_roles`(`user_id`,`role_id`,`granted_at`) SELECT `user_id`, `role_id`, `granted_at` FROM `user_roles`;--> statement-breakpoint
DROP TABLE `user_roles`;--> statement-breakpoint
ALTER TABLE `__new_user_roles` RENAME TO `user_roles`;--> statement-breakpoint
CREATE INDEX `user_roles_role_idx` ON `user_roles` (`role_id`);--> statement-breakpoint
PRAGMA foreign_keys=ON;