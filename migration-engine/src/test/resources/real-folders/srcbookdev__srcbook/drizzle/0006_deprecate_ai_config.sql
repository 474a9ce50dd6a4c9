ALTER TABLE `config` DROP COLUMN `ai_config`;
