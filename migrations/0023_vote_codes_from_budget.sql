-- The budget's voting codes move to the core's table (module `bo`, process = edition); no code is lost.
INSERT INTO `vote_codes` (`id`, `tenant_id`, `module`, `process_id`, `channel`, `address_key`, `code_hash`, `attempts`, `created_at`, `expires_at`, `used_at`)
SELECT `id`, `tenant_id`, 'bo', `edition_id`, `channel`, `address_key`, `code_hash`, `attempts`, `created_at`, `expires_at`, `used_at` FROM `bo_vote_codes`;
