-- One table for every gapless number series: case numbers ("case:HZ:jingan") and document numbers
-- ("document:罚:jingan"), each counted per year.

create table number_counter (
    series        varchar(64) not null,
    counter_year  integer     not null,
    last_value    integer     not null,
    constraint pk_number_counter primary key (series, counter_year)
);

insert into number_counter (series, counter_year, last_value)
select 'case:' || case_type || ':' || district, case_year, last_value from case_number_counter;

drop table case_number_counter;
