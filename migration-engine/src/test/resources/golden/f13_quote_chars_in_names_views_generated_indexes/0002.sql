DROP VIEW `v "odd"`;--> statement-breakpoint
ALTER TABLE `p]arent` RENAME TO `pa-rent`;--> statement-breakpoint
CREATE VIEW `v "odd"` AS select c."s p a c e", c."dou]ble", p."na`me" from "ch'ild" c join "pa-rent" p on p."i""d" = c."p""ref";