-- Facts the lifecycles report to the ledger so that the KPIs (DOMAIN "KPIs") are counted from one table:
-- where the case is (street), how it ended, whether and when it was listed, escalated, reported on time and
-- evaluated, fines decided and collected, publications made and how many of them late.

alter table case_ledger add column opened_on date;
alter table case_ledger add column street varchar(40);
alter table case_ledger add column outcome varchar(32);
alter table case_ledger add column listed_at timestamp with time zone;
alter table case_ledger add column escalated boolean default false not null;
alter table case_ledger add column reported_on_time boolean;
alter table case_ledger add column evaluation_due_at timestamp with time zone;
alter table case_ledger add column evaluated_at timestamp with time zone;
alter table case_ledger add column persons_penalised integer default 0 not null;
alter table case_ledger add column fine_decided_yuan bigint default 0 not null;
alter table case_ledger add column fine_collected_yuan bigint default 0 not null;
alter table case_ledger add column publications integer default 0 not null;
alter table case_ledger add column publications_late integer default 0 not null;

-- Rows written before this migration: their opening date in the database's time zone, listed ones listed when opened.
update case_ledger set opened_on = cast(opened_at as date);
update case_ledger set listed_at = opened_at where listed = true;
alter table case_ledger alter column opened_on set not null;

-- KPIs: one lifecycle, a period of opening dates, optionally one district.
create index ix_case_ledger_kpi on case_ledger (lifecycle, opened_on, district);
-- The ledger page without a district filter (administrators, city level): newest first.
create index ix_case_ledger_opened on case_ledger (opened_at, case_no);
