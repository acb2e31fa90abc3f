-- The receipt (缴款凭证) number of a payment, as the handler records it in Tasklist or over the API.
alter table penalty_payment add column receipt_no varchar(64);
