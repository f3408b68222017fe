-- Who sees what (issue 5): every request list of someone who is not an administrator leaves
-- out the restricted clients they are not allowed on. That set is read through this index
-- (a few hundred rows) instead of a scan of all clients; see docs/performance.md.
CREATE INDEX ix_clients_restricted ON clients (restricted);
