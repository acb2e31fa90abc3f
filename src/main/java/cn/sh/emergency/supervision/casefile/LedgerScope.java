package cn.sh.emergency.supervision.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Which cases a statistic counts: those opened on {@code from}..{@code to} (Shanghai dates, inclusive), optionally of
 * one district, street and sector, and only of {@code districts} (the caller's; null for all). {@code asOf} is the
 * moment "due by now" is judged at.
 */
public record LedgerScope(LocalDate from, LocalDate to, String district, String street, String sector,
                          Collection<String> districts, Instant asOf) {
}
