-- Re-verification of published posts (README, "Re-verification").
-- check_strikes: runs in a row in which the post could not be reached (timeout, refused, 5xx); it is
-- flagged only at the second. check_flagged_at: when a check after publishing found the post gone or
-- changed and moved it to needs_attention; a later check that passes moves it back to verified.
-- Portable SQL: runs on H2 (MODE=PostgreSQL) and on PostgreSQL.
alter table publication add column check_strikes integer not null default 0;
alter table publication add column check_flagged_at timestamp with time zone;
