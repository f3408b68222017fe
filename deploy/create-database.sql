-- Creates Baton's database and its user on an existing MariaDB (10.6 or newer).
-- Run as an administrator:  sudo mariadb < deploy/create-database.sql
-- Change the password first, and put the same one into /etc/baton/baton.env (BATON_DB_PASSWORD).
-- Baton creates and migrates its tables itself (Flyway) at every start.

CREATE DATABASE IF NOT EXISTS baton
  CHARACTER SET utf8mb4
  COLLATE utf8mb4_unicode_ci;

-- Baton on the same host connects over TCP to 127.0.0.1; for another host, replace
-- '127.0.0.1' with that host's address (or '%' together with a firewall).
CREATE USER IF NOT EXISTS 'baton'@'127.0.0.1' IDENTIFIED BY 'change-me-to-a-long-random-password';
CREATE USER IF NOT EXISTS 'baton'@'localhost' IDENTIFIED BY 'change-me-to-a-long-random-password';

-- Everything on its own database, nothing elsewhere: Flyway creates, alters and drops tables.
GRANT ALL PRIVILEGES ON baton.* TO 'baton'@'127.0.0.1';
GRANT ALL PRIVILEGES ON baton.* TO 'baton'@'localhost';
FLUSH PRIVILEGES;
