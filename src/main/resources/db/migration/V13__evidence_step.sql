-- Which step of the case an evidence file belongs to (the step's id in the model and its name); none for files added
-- before steps were asked for, or over the API without one.

alter table case_evidence add column step varchar(255);
alter table case_evidence add column step_name varchar(255);
