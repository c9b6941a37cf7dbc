package vn.reformdesk.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Solar ↔ lunar conversion for the Vietnamese lunar calendar, computed for UTC+7.
 *
 * <p>The rules are the astronomical ones of the Vietnamese (and Chinese) calendar:
 * <ul>
 *   <li>a lunar month begins on the local day (UTC+7) that contains a new moon (sóc);</li>
 *   <li>the 11th month is the month that contains the winter solstice (sun longitude 270°);</li>
 *   <li>when 13 new moons begin between two 11th months, the first month after the 11th that contains
 *       no major solar term (trung khí: the sun's longitude crossing a multiple of 30°) is a leap month,
 *       and repeats the number of the month before it.</li>
 * </ul>
 * New moons follow Meeus, <i>Astronomical Algorithms</i> (2nd ed.), ch. 49, the sun's apparent longitude
 * Meeus ch. 25 (low accuracy, about 0.01°), and ΔT (TT − UT) the Espenak–Meeus polynomials. Results
 * agree with the calendar published in Vietnam for 1900–2100 except possibly where a new moon or a major
 * term falls within a minute or so of local midnight. Thread-safe; results per lunar year are cached.
 */
public final class VietnameseLunarCalendar {
    private static final double TZ_DAYS = 7.0 / 24.0;
    private static final double SYNODIC_MONTH = 29.530588861;
    /** JDE of the mean new moon with k = 0 (6 Jan 2000). */
    private static final double NEW_MOON_EPOCH = 2451550.09766;
    /** Julian day number of 1970-01-01. */
    private static final long JDN_UNIX_EPOCH = 2440588L;

    private static final Map<Integer, List<LunarMonth>> CYCLES = new ConcurrentHashMap<>();

    private VietnameseLunarCalendar() {}

    /** One lunar month of a cycle: first day (Julian day number), number, leap flag and lunar year. */
    private record LunarMonth(long startJdn, long nextStartJdn, int number, boolean leap, int lunarYear) {}

    /** The lunar date of a Gregorian date. */
    public static LunarDate toLunar(LocalDate date) {
        long jdn = toJdn(date);
        int y = date.getYear();
        // The cycle starting with month 11 of Gregorian year y-1 runs until month 11 of year y begins.
        int cycleYear = jdn < month11Start(y) ? y - 1 : y;
        for (LunarMonth m : cycle(cycleYear)) {
            if (jdn >= m.startJdn() && jdn < m.nextStartJdn()) {
                return new LunarDate((int) (jdn - m.startJdn()) + 1, m.number(), m.lunarYear(), m.leap());
            }
        }
        throw new IllegalStateException("no lunar month found for " + date);
    }

    /**
     * The Gregorian date of a lunar date.
     *
     * @throws IllegalArgumentException if the month is not a leap month that year, or the day is 30 in a
     *                                  29-day month
     */
    public static LocalDate toSolar(LunarDate lunar) {
        // Months 11 and 12 of lunar year Y lie in the cycle that starts in Gregorian year Y; months 1–10 in
        // the cycle that starts in Y-1.
        int cycleYear = lunar.month() >= 11 ? lunar.year() : lunar.year() - 1;
        for (LunarMonth m : cycle(cycleYear)) {
            if (m.number() == lunar.month() && m.leap() == lunar.leapMonth() && m.lunarYear() == lunar.year()) {
                long length = m.nextStartJdn() - m.startJdn();
                if (lunar.day() > length) {
                    throw new IllegalArgumentException("lunar month " + lunar.month() + "/" + lunar.year()
                            + " has only " + length + " days");
                }
                return fromJdn(m.startJdn() + lunar.day() - 1);
            }
        }
        throw new IllegalArgumentException("no such lunar month: " + lunar);
    }

    /** Convenience: {@code toSolar(new LunarDate(day, month, year, false))}. */
    public static LocalDate toSolar(int day, int month, int year) { return toSolar(LunarDate.of(day, month, year)); }

    /** The first day of lunar year {@code year} (mùng 1 Tết). */
    public static LocalDate newYear(int year) { return toSolar(1, 1, year); }

    /** The leap month of lunar year {@code year} (1–12), or 0 if that year has none. */
    public static int leapMonthOf(int year) {
        for (int cy = year - 1; cy <= year; cy++) {
            for (LunarMonth m : cycle(cy)) {
                if (m.leap() && m.lunarYear() == year) return m.number();
            }
        }
        return 0;
    }

    /** Number of days (29 or 30) in a lunar month. */
    public static int lengthOfMonth(int month, int year, boolean leap) {
        LocalDate first = toSolar(new LunarDate(1, month, year, leap));
        LunarDate last29 = toLunar(first.plusDays(29));
        return last29.day() == 30 ? 30 : 29;
    }

    // ---- cycle construction --------------------------------------------------------------------------

    /** The lunar months from month 11 of Gregorian year {@code y} up to (excluding) month 11 of year y+1. */
    private static List<LunarMonth> cycle(int y) {
        return CYCLES.computeIfAbsent(y, VietnameseLunarCalendar::buildCycle);
    }

    private static List<LunarMonth> buildCycle(int y) {
        long a11 = month11Start(y);
        long b11 = month11Start(y + 1);
        long k = nearestK(a11);
        List<Long> starts = new ArrayList<>();
        for (long i = k; ; i++) {
            long s = newMoonDay(i);
            if (s >= b11) break;
            starts.add(s);
        }
        starts.add(b11);
        int count = starts.size() - 1; // 12 or 13 months
        int leapIndex = -1;
        if (count == 13) {
            for (int i = 1; i < count; i++) {
                if (majorTermSector(starts.get(i)) == majorTermSector(starts.get(i + 1))) {
                    leapIndex = i; // the first month without a major term
                    break;
                }
            }
            if (leapIndex < 0) leapIndex = count - 1; // cannot happen astronomically; keep the year consistent
        }
        List<LunarMonth> months = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int shift = leapIndex >= 0 && i >= leapIndex ? 1 : 0;
            int number = Math.floorMod(10 + i - shift, 12) + 1; // i = 0 → 11
            int lunarYear = number >= 11 ? y : y + 1;
            months.add(new LunarMonth(starts.get(i), starts.get(i + 1), number, i == leapIndex, lunarYear));
        }
        return List.copyOf(months);
    }

    /**
     * First day of the 11th lunar month that begins in Gregorian year {@code y}: the last new-moon day at
     * whose start (local midnight) the sun has not yet reached longitude 270°.
     */
    static long month11Start(int y) {
        long dec31 = toJdn(LocalDate.of(y, 12, 31));
        long k = (long) Math.floor((dec31 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        long nm = newMoonDay(k);
        while (nm > dec31) nm = newMoonDay(--k);
        // In December the sun's longitude is between about 240° and 280°, so no wrap-around here.
        if (sunLongitudeAtStartOf(nm) >= 270.0) nm = newMoonDay(k - 1);
        return nm;
    }

    private static long nearestK(long newMoonDayJdn) {
        long k = Math.round((newMoonDayJdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        for (long c = k - 1; c <= k + 1; c++) {
            if (newMoonDay(c) == newMoonDayJdn) return c;
        }
        throw new IllegalStateException("no new moon on JDN " + newMoonDayJdn);
    }

    /** Which 30° sector the sun is in at the start (local midnight) of a day: 0–11. */
    private static int majorTermSector(long jdn) { return (int) Math.floor(sunLongitudeAtStartOf(jdn) / 30.0); }

    private static double sunLongitudeAtStartOf(long jdn) {
        double jdUt = jdn - 0.5 - TZ_DAYS;
        return sunApparentLongitude(jdUt + deltaTSeconds(jdUt) / 86400.0);
    }

    /** The local (UTC+7) Julian day number of the day containing new moon number {@code k}. */
    static long newMoonDay(long k) {
        double jde = newMoonJde(k);
        double jdUt = jde - deltaTSeconds(jde) / 86400.0;
        return (long) Math.floor(jdUt + 0.5 + TZ_DAYS);
    }

    // ---- astronomy -----------------------------------------------------------------------------------

    /** Time of the true new moon number {@code k} (k = 0: 6 Jan 2000), Julian Ephemeris Day (Meeus ch. 49). */
    static double newMoonJde(long k) {
        double t = k / 1236.85;
        double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
        double jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double c = -0.40720 * Math.sin(mp)
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
                - 0.00017 * Math.sin(om)
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
        // Planetary arguments.
        double[][] planetary = {
                {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
                {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
                {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
                {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
                {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}};
        double w = 0;
        for (int i = 0; i < planetary.length; i++) {
            double arg = planetary[i][0] + planetary[i][1] * k - (i == 0 ? 0.009173 * t2 : 0);
            w += planetary[i][2] * Math.sin(rad(arg));
        }
        return jde + c + w;
    }

    /** The sun's apparent geocentric longitude in degrees [0, 360) at a Julian Ephemeris Day (Meeus ch. 25). */
    static double sunApparentLongitude(double jde) {
        double t = (jde - 2451545.0) / 36525.0;
        double t2 = t * t;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
        double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t2);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t2) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = rad(125.04 - 1934.136 * t);
        double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
        return ((lambda % 360.0) + 360.0) % 360.0;
    }

    /** ΔT = TT − UT in seconds (Espenak–Meeus polynomials), for a Julian day. */
    static double deltaTSeconds(double jd) {
        double y = 2000.0 + (jd - 2451544.5) / 365.2425;
        double t;
        if (y < 1900) {
            double u = (y - 1820) / 100;
            return -20 + 32 * u * u;
        } else if (y < 1920) {
            t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
        } else if (y < 1941) {
            t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        } else if (y < 1961) {
            t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        } else if (y < 1986) {
            t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        } else if (y < 2005) {
            t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
                    + 0.00002373599 * t * t * t * t * t;
        } else if (y < 2050) {
            t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        } else if (y < 2150) {
            double u = (y - 1820) / 100;
            return -20 + 32 * u * u - 0.5628 * (2150 - y);
        }
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u;
    }

    private static double rad(double degrees) { return Math.toRadians(degrees % 360.0); }

    static long toJdn(LocalDate date) { return date.toEpochDay() + JDN_UNIX_EPOCH; }

    static LocalDate fromJdn(long jdn) { return LocalDate.ofEpochDay(jdn - JDN_UNIX_EPOCH); }
}
