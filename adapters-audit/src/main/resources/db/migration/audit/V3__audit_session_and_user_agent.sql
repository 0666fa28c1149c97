-- Who acted through a browser session, and what the client said it was. Earlier records have
-- neither; their chain links stay valid because the canonical content only lists these two
-- fields when a record has one of them.

alter table audit_records add column actor_session_id varchar(36);
alter table audit_records add column user_agent varchar(256);
