-- Retention: pruning deletes a tenant's oldest links and records, and the chain then starts at
-- the first link kept, continuing the hash of the last link pruned. Until then it starts at 1.

alter table audit_chain_heads add column start_sequence bigint default 1 not null;
alter table audit_chain_heads add column start_hash varchar(64)
    default '0000000000000000000000000000000000000000000000000000000000000000' not null;
