-- The client list without a query is ordered by name; without this index every page of it
-- would sort the whole clients table.
CREATE INDEX ix_clients_name ON clients (name);
