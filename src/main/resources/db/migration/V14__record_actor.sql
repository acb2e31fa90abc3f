-- 我的已办 / 我发起的: the records a user made, by kind and time (task completions, case openings).

create index ix_case_record_actor on case_record (actor, kind, occurred_at);
