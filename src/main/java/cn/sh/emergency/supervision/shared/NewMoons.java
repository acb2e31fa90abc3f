package cn.sh.emergency.supervision.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The Beijing-time day of a new moon (朔日), by the periodic terms of J. Meeus, Astronomical Algorithms (2nd ed.),
 * chapter 49 — accurate to well under a minute in this century. The Chinese calendar starts a month on the day of
 * the new moon in Beijing time; ICU's calendar computes the new moon less precisely and starts a month a day late
 * when the new moon falls just before midnight (春节 2027: new moon 2027-02-06 23:56) or early after it (2030), so the
 * day is taken from here. The published 春节, 端午 and 中秋 days of 2014–2035 are checked by a unit test.
 */
final class NewMoons {

  private static final double JULIAN_DAY_OF_EPOCH = 2440587.5;   // 1970-01-01T00:00Z
  private static final double LUNATIONS_PER_YEAR = 12.3685;
  private static final double BEIJING_OFFSET_DAYS = 8.0 / 24;
  private static final double SECONDS_PER_DAY = 86400;

  private NewMoons() {
  }

  /** The Beijing-time day of the new moon nearest to the given day. */
  static LocalDate dayNear(LocalDate approximately) {
    double year = approximately.getYear() + (approximately.getDayOfYear() - 0.5) / approximately.lengthOfYear();
    long k = Math.round((year - 2000) * LUNATIONS_PER_YEAR);
    LocalDate best = beijingDay(k);
    for (long other = k - 1; other <= k + 1; other += 2) {
      LocalDate candidate = beijingDay(other);
      if (Math.abs(ChronoUnit.DAYS.between(approximately, candidate))
          < Math.abs(ChronoUnit.DAYS.between(approximately, best))) {
        best = candidate;
      }
    }
    return best;
  }

  private static LocalDate beijingDay(long k) {
    double jde = julianEphemerisDay(k);
    double jdUniversal = jde - deltaTSeconds(2000 + k / LUNATIONS_PER_YEAR) / SECONDS_PER_DAY;
    double beijing = jdUniversal + BEIJING_OFFSET_DAYS;
    return LocalDate.ofEpochDay((long) Math.floor(beijing - JULIAN_DAY_OF_EPOCH));
  }

  /** Meeus 49.1 with the new-moon corrections and the additional planetary corrections. */
  private static double julianEphemerisDay(long lunation) {
    double k = lunation;
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
    double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
    double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
    double correction = -0.40720 * Math.sin(mp)
        + 0.17241 * e * Math.sin(m)
        + 0.01608 * Math.sin(2 * mp)
        + 0.01039 * Math.sin(2 * f)
        + 0.00739 * e * Math.sin(mp - m)
        - 0.00514 * e * Math.sin(mp + m)
        + 0.00208 * e * e * Math.sin(2 * m)
        - 0.00111 * Math.sin(mp - 2 * f)
        - 0.00057 * Math.sin(mp + 2 * f)
        + 0.00056 * e * Math.sin(2 * mp + m)
        - 0.00042 * Math.sin(3 * mp)
        + 0.00042 * e * Math.sin(m + 2 * f)
        + 0.00038 * e * Math.sin(m - 2 * f)
        - 0.00024 * e * Math.sin(2 * mp - m)
        - 0.00017 * Math.sin(omega)
        - 0.00007 * Math.sin(mp + 2 * m)
        + 0.00004 * Math.sin(2 * mp - 2 * f)
        + 0.00004 * Math.sin(3 * m)
        + 0.00003 * Math.sin(mp + m - 2 * f)
        + 0.00003 * Math.sin(2 * mp + 2 * f)
        - 0.00003 * Math.sin(mp + m + 2 * f)
        + 0.00003 * Math.sin(mp - m + 2 * f)
        - 0.00002 * Math.sin(mp - m - 2 * f)
        - 0.00002 * Math.sin(3 * mp + m)
        + 0.00002 * Math.sin(4 * mp);
    double[][] planetary = {
        {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
        {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
        {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
        {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
        {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}};
    double additional = 0;
    for (int i = 0; i < planetary.length; i++) {
      double argument = planetary[i][0] + planetary[i][1] * k - (i == 0 ? 0.009173 * t2 : 0);
      additional += planetary[i][2] * Math.sin(rad(argument));
    }
    return jde + correction + additional;
  }

  /** TT − UT in seconds (Espenak and Meeus, 2005–2050: 62.92 + 0.32217 t + 0.005589 t², t = y − 2000). */
  private static double deltaTSeconds(double year) {
    double t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }

  private static double rad(double degrees) {
    return Math.toRadians(degrees % 360);
  }
}
