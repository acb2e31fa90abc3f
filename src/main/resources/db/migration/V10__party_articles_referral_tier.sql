-- 一案双罚: each party is penalised under its own article (the unit art. 114, its principal art. 95, …), cited in
-- its own documents. A referral records whether the referred unit failed to correct in time (逾期未改正), the second
-- tier of the paired articles in which the persons are fined too.
alter table penalty_party add column legal_basis_article varchar(16);
alter table penalty_party add column legal_basis varchar(2000);
alter table case_referral add column overdue_uncorrected boolean default false not null;
