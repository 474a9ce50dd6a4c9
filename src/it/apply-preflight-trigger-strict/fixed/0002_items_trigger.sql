-- Custom SQL migration file, put your code below! --
CREATE TRIGGER `items_audit` AFTER INSERT ON `items` BEGIN INSERT INTO `audit` (`item_id`, `what`) VALUES (NEW.`id`, 'insert'); END;
