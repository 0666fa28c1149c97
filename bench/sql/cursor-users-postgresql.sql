-- The cursor workload's directory: @COUNT@ more users in the tenant, written by SQL as the service
-- writes a user and its e-mail, created a millisecond apart. No audit records: the workload only
-- reads, and the service would otherwise chain 1,000,000 of them before the load could start.
create temporary table cursor_users as
    select gen_random_uuid()::text as id, 'cursor-' || i || '@bench.example' as user_name,
           now() - interval '1 day' + make_interval(secs => i * 0.001) as created_at, i
    from generate_series(1, @COUNT@) as i;
insert into users (id, tenant_id, user_name, user_name_key, active, role_name, name_given, name_family, title,
                   created_at, last_modified_at, version)
    select id, '@TENANT@', user_name, user_name, true, 'VIEWER', 'Given' || i, 'Family', 'Engineer', created_at,
           created_at, 1
    from cursor_users;
analyze users;
insert into user_emails (user_id, idx, address, address_key, email_type, is_primary)
    select id, 0, user_name, user_name, 'work', true from cursor_users;
analyze;
